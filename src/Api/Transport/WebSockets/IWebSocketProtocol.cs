namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>A message processor for one WebSocket subprotocol on one connection.</summary>
internal interface IWebSocketProtocol
{
    void OnOpen();

    /// <summary>Handles one whole text message; called in arrival order, never concurrently.</summary>
    ValueTask OnMessageAsync(ReadOnlyMemory<byte> message);

    /// <summary>Stops every running operation; the connection is gone.</summary>
    void OnClosed();
}

internal static class CloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitRequests = 4429;
    public const int InternalServerError = 4500;
}
