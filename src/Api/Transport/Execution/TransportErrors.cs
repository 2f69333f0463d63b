using GraphQL;

namespace MediaCreator.Api.Transport.Execution;

internal static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string CsrfPreflightRequired = "CSRF_PREFLIGHT_REQUIRED";
    public const string StreamingTransportRequired = "STREAMING_TRANSPORT_REQUIRED";
    public const string ExecutionError = "EXECUTION_ERROR";
}

/// <summary>A request refused by the transport before execution; carries the HTTP status to answer with.</summary>
internal sealed class TransportError : ExecutionError
{
    public TransportError(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    public static ExecutionResult Result(int statusCode, string code, string message) =>
        new() { Executed = false, Errors = new ExecutionErrors { new TransportError(statusCode, code, message) } };
}

internal static class ExecutionResultExtensions
{
    /// <summary>The status a transport or auth refusal asks for, if the result is one.</summary>
    public static int? PreferredStatus(this ExecutionResult result)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
            return null;
        return errors[0] switch
        {
            TransportError t => t.StatusCode,
            GraphQLTransportAuthException a => a.StatusCode,
            _ => null,
        };
    }
}
