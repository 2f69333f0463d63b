namespace MediaCreator.Api.Transport;

/// <summary>The transport an operation arrived on.</summary>
public enum TransportKind
{
    Http,
    WebSocket,
    Sse,
}
