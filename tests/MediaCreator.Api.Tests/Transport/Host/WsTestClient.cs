using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace MediaCreator.Api.Tests.Transport.Host;

/// <summary>A raw graphql-transport-ws client on <see cref="ClientWebSocket"/>, to check every protocol rule and close code.</summary>
internal sealed class WsTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocket Socket => _socket;

    public static Task<WsTestClient> ConnectAsync(TransportServer server, string? subProtocol = "graphql-transport-ws", Action<ClientWebSocketOptions>? configure = null) =>
        ConnectAsync(server.WebSocketUri, subProtocol, configure);

    public static async Task<WsTestClient> ConnectAsync(Uri webSocketUri, string? subProtocol = "graphql-transport-ws", Action<ClientWebSocketOptions>? configure = null)
    {
        var client = new WsTestClient();
        if (subProtocol is not null)
            client._socket.Options.AddSubProtocol(subProtocol);
        configure?.Invoke(client._socket.Options);
        await client._socket.ConnectAsync(webSocketUri, Timeout());
        return client;
    }

    public static Task<WsTestClient> ConnectAckedAsync(TransportServer server, object? payload = null) =>
        ConnectAckedAsync(server.WebSocketUri, payload);

    public static async Task<WsTestClient> ConnectAckedAsync(Uri webSocketUri, object? payload = null)
    {
        var client = await ConnectAsync(webSocketUri);
        await client.SendAsync(new { type = "connection_init", payload });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public Task SendRawAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, Timeout());

    /// <summary>Next message; throws <see cref="WebSocketClosedException"/> if the server closed instead.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null)
    {
        var buffer = new byte[64 * 1024];
        using var stream = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, Timeout(timeout));
            if (result.MessageType == WebSocketMessageType.Close)
                throw new WebSocketClosedException((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            stream.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
        }
    }

    /// <summary>Reads until the server closes; returns the close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            try
            {
                await ReceiveAsync(timeout);
            }
            catch (WebSocketClosedException closed)
            {
                return (closed.Code ?? 0, closed.Reason);
            }
        }
    }

    /// <summary>Messages for one operation id until complete or error (inclusive).</summary>
    public async Task<List<JsonElement>> ReceiveOperationAsync(string id)
    {
        var messages = new List<JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.TryGetProperty("id", out var mid) && mid.GetString() == id)
            {
                messages.Add(message);
                if (message.GetProperty("type").GetString() is "complete" or "error")
                    return messages;
            }
        }
    }

    private static CancellationToken Timeout(TimeSpan? timeout = null) => new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10)).Token;

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Timeout());
        _socket.Dispose();
    }
}

internal sealed class WebSocketClosedException(int? code, string? reason) : Exception($"closed {code} {reason}")
{
    public int? Code { get; } = code;
    public string? Reason { get; } = reason;
}
