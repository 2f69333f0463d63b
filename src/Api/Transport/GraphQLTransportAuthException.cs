using GraphQL;

namespace MediaCreator.Api.Transport;

/// <summary>
/// Refuses an operation or connection. From an initializer it becomes a top-level GraphQL error with
/// <c>extensions.code</c> = <see cref="ExecutionError.Code"/> and HTTP status <see cref="StatusCode"/>
/// (on WebSocket: an <c>error</c> message; from <see cref="IWebSocketAuthenticator"/>: close 4403).
/// </summary>
public sealed class GraphQLTransportAuthException : ExecutionError
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="code">Error code, e.g. UNAUTHENTICATED or FORBIDDEN.</param>
    /// <param name="message">Message for the client.</param>
    /// <param name="statusCode">401 or 403.</param>
    public GraphQLTransportAuthException(string code, string message, int statusCode = 401)
        : base(message)
    {
        if (statusCode is not (401 or 403))
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Only 401 and 403 are allowed.");
        Code = code;
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status of the refusal: 401 or 403.</summary>
    public int StatusCode { get; }
}
