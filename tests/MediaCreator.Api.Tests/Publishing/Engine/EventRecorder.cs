using System.Text.Json;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Publishing.Engine;

/// <summary>Records <c>onPublicationStatusChanged</c> events of one subscription over graphql-transport-ws.</summary>
internal sealed class EventRecorder : IAsyncDisposable
{
    public const string Subscription = """
        subscription($p: ID, $e: ID, $c: ID) { onPublicationStatusChanged(publicationId: $p, episodeId: $e, channelId: $c) {
          __typename type status previousStatus message publication { id status failCode } } }
        """;

    private readonly WsTestClient _ws;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<JsonElement> _events = [];
    private readonly Task _reading;

    private EventRecorder(WsTestClient ws)
    {
        _ws = ws;
        _reading = Task.Run(ReadAsync);
    }

    public static async Task<EventRecorder> StartAsync(EngineHost host, Guid owner, object arguments)
    {
        var ws = await WsTestClient.ConnectAckedAsync(host.Factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(owner) });
        await ws.SendAsync(new { type = "subscribe", id = "1", payload = new { query = Subscription, variables = arguments } });
        var recorder = new EventRecorder(ws);
        // Subscribing completes asynchronously on the server; give it a moment before anything happens.
        await Task.Delay(1500);
        return recorder;
    }

    /// <summary>The raw messages of the subscription (next and error).</summary>
    public List<JsonElement> Messages
    {
        get
        {
            lock (_events) return [.. _events];
        }
    }

    public List<JsonElement> Events => [.. Messages.Where(m => m.GetProperty("type").GetString() == "next")
        .Select(m => m.GetProperty("payload").GetProperty("data").GetProperty("onPublicationStatusChanged"))];

    public async Task<List<JsonElement>> WaitForAsync(Func<List<JsonElement>, bool> done, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(Events))
        {
            if (DateTime.UtcNow > until) Assert.Fail("Events never arrived: " + string.Join("\n", Messages.Select(m => m.GetRawText())));
            await Task.Delay(100);
        }
        return Events;
    }

    private async Task ReadAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var message = await _ws.ReceiveAsync(TimeSpan.FromSeconds(60));
                lock (_events) _events.Add(message);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException)
            {
                // No message for a while: keep listening.
            }
            catch (WebSocketClosedException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _ws.DisposeAsync();
        try
        {
            await _reading;
        }
        catch (Exception)
        {
            // The socket closed under the reader.
        }
        _stop.Dispose();
    }
}
