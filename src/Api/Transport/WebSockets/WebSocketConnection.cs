using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>
/// One accepted socket: a read loop that hands whole text messages to the protocol in order, and a single-writer
/// send pump so frames posted from any thread (subscription events) never interleave. Close goes through the pump too.
/// </summary>
internal sealed class WebSocketConnection(WebSocket socket, long maxMessageBytes, ILogger logger) : IDisposable
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);
    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _closed = new();
    private readonly CancellationTokenSource _reading = new();
    private int _closing;

    /// <summary>Cancelled when the connection ends; operations stop on it.</summary>
    public CancellationToken Closed => _closed.Token;

    public bool IsClosing => Volatile.Read(ref _closing) == 1;

    public void Send(byte[] message)
    {
        if (!IsClosing)
            _outbox.Writer.TryWrite(new Outgoing(message, 0, null));
    }

    public void Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
            return;
        _outbox.Writer.TryWrite(new Outgoing(null, code, reason));
        _outbox.Writer.TryComplete();
        // The client has a few seconds to answer our close frame before the read loop gives up.
        _reading.CancelAfter(CloseHandshakeTimeout);
    }

    public async Task RunAsync(IWebSocketProtocol protocol)
    {
        var pump = PumpAsync();
        try
        {
            protocol.OnOpen();
            await ReadLoopAsync(protocol).ConfigureAwait(false);
        }
        finally
        {
            await _closed.CancelAsync().ConfigureAwait(false);
            protocol.OnClosed();
            if (socket.State == WebSocketState.CloseReceived)
                Close((int)WebSocketCloseStatus.NormalClosure, string.Empty);
            _outbox.Writer.TryComplete();
            await pump.ConfigureAwait(false);
        }
    }

    private async Task ReadLoopAsync(IWebSocketProtocol protocol)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var received = await socket.ReceiveAsync(chunk.AsMemory(), _reading.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                    return;
                message.Write(chunk.AsSpan(0, received.Count));
                if (message.WrittenCount > maxMessageBytes)
                {
                    Close((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                    message.Clear();
                    continue;
                }
                if (!received.EndOfMessage)
                    continue;
                if (!IsClosing)
                {
                    if (received.MessageType == WebSocketMessageType.Binary)
                        Close(CloseCodes.BadRequest, "Binary messages are not supported");
                    else
                        await protocol.OnMessageAsync(message.WrittenMemory).ConfigureAwait(false);
                }
                message.Clear();
            }
        }
        catch (OperationCanceledException) when (_reading.IsCancellationRequested)
        {
            logger.LogDebug("WebSocket client did not complete the close handshake in time.");
        }
        catch (WebSocketException ex)
        {
            logger.LogDebug(ex, "WebSocket connection dropped.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private async Task PumpAsync()
    {
        await foreach (var item in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                return;
            try
            {
                if (item.Message is not null)
                    await socket.SendAsync(item.Message, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
                else
                    await socket.CloseOutputAsync((WebSocketCloseStatus)item.CloseCode, item.CloseReason, CancellationToken.None).ConfigureAwait(false);
            }
            catch (WebSocketException ex)
            {
                logger.LogDebug(ex, "WebSocket send failed; dropping the rest of the outbox.");
                return;
            }
        }
    }

    public void Dispose()
    {
        _closed.Dispose();
        _reading.Dispose();
    }

    private readonly record struct Outgoing(byte[]? Message, int CloseCode, string? CloseReason);
}
