using System.Net;
using System.Net.Sockets;

namespace MediaCreator.Modules.Image.Tests.Providers;

/// <summary>
/// A TCP server that accepts each connection, reads the request's first bytes and resets the connection: a network
/// failure WireMock cannot produce (its faults still answer 200). Counts the connections it dropped.
/// </summary>
internal sealed class DroppingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _dropped;

    public DroppingServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int Dropped => Volatile.Read(ref _dropped);

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var socket = await _listener.AcceptSocketAsync(_stop.Token);
                await socket.ReceiveAsync(new byte[1024], SocketFlags.None, _stop.Token);
                socket.LingerState = new LingerOption(true, 0);
                Interlocked.Increment(ref _dropped);
                socket.Close();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
