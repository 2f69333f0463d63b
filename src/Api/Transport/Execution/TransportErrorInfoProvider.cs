using GraphQL;
using GraphQL.Execution;

namespace MediaCreator.Api.Transport.Execution;

/// <summary>Gives every error an <c>extensions.code</c> and hides unhandled exceptions unless details are exposed.</summary>
internal sealed class TransportErrorInfoProvider : ErrorInfoProvider
{
    private const string MaskedMessage = "Unexpected execution error";
    private readonly bool _exposeDetails;

    public TransportErrorInfoProvider(bool exposeDetails)
        : base(o =>
        {
            o.ExposeExceptionDetails = exposeDetails;
            o.ExposeCodes = exposeDetails;
            o.ExposeData = exposeDetails;
        })
    {
        _exposeDetails = exposeDetails;
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (!_exposeDetails && IsUnhandled(executionError))
        {
            return new ErrorInfo
            {
                Message = MaskedMessage,
                Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError },
            };
        }

        var info = base.GetInfo(executionError);
        info.Extensions ??= new Dictionary<string, object?>();
        if (!info.Extensions.TryGetValue("code", out var code) || code is null)
            info.Extensions["code"] = DefaultCode(executionError);
        return info;
    }

    // UnhandledError wraps exceptions thrown by resolvers or the engine; an ExecutionError thrown on purpose is shown as is.
    private static bool IsUnhandled(ExecutionError error) => error is UnhandledError;

    private static string DefaultCode(ExecutionError error) => error switch
    {
        TimeoutError => ErrorCodes.ExecutionTimeout,
        _ when error.InnerException is not null => ErrorCodes.InternalServerError,
        _ => ErrorCodes.ExecutionError,
    };
}
