namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>
/// A running operation. Once finished (by the server, the client's <c>complete</c>, or the socket closing) it sends
/// nothing more: every send checks and the finish flips under the same lock.
/// </summary>
internal sealed class WsOperation(string id, CancellationToken connectionClosed) : IDisposable
{
    private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);
    private readonly object _gate = new();
    private bool _finished;
    private bool _disposed;

    public string Id { get; } = id;

    public CancellationToken Token => _cancel.Token;

    /// <summary>Runs <paramref name="send"/> unless finished.</summary>
    public void Send(Action send)
    {
        lock (_gate)
        {
            if (!_finished)
                send();
        }
    }

    /// <summary>Marks finished and runs <paramref name="last"/> (e.g. the complete message) if this call did the finishing.</summary>
    public bool Finish(Action? last = null)
    {
        lock (_gate)
        {
            if (_finished)
                return false;
            _finished = true;
            last?.Invoke();
            if (!_disposed)
                _cancel.Cancel();
        }
        return true;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _cancel.Dispose();
        }
    }
}
