using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Transport;

/// <summary>Operations over graphql-transport-ws: next/complete/error, client complete, auth, per-event scopes.</summary>
[Collection(TransportCollection.Name)]
public sealed class WebSocketOperationTests(TransportServer server)
{
    [Fact]
    public async Task Query_gets_one_next_then_complete()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server);
        await client.SendAsync(new { type = "subscribe", id = "q", payload = new { query = "{ hello transport }" } });
        var messages = await client.ReceiveOperationAsync("q");
        Assert.Equal(["next", "complete"], messages.Select(m => m.GetProperty("type").GetString()));
        var data = messages[0].GetProperty("payload").GetProperty("data");
        Assert.Equal("world", data.GetProperty("hello").GetString());
        Assert.Equal("WebSocket", data.GetProperty("transport").GetString());
    }

    [Fact]
    public async Task Mutation_runs_over_websocket()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server);
        await client.SendAsync(new { type = "subscribe", id = "m", payload = new { query = "mutation { increment }" } });
        var messages = await client.ReceiveOperationAsync("m");
        Assert.Equal(2, messages.Count);
        Assert.True(messages[0].GetProperty("payload").GetProperty("data").GetProperty("increment").GetInt32() > 0);
    }

    [Fact]
    public async Task Subscription_streams_events_then_completes_and_id_is_reusable()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server);
        for (var round = 0; round < 2; round++)
        {
            await client.SendAsync(new { type = "subscribe", id = "s", payload = new { query = "subscription ($n: Int!) { countdown(from: $n) }", variables = new { n = 2 } } });
            var messages = await client.ReceiveOperationAsync("s");
            Assert.Equal(["next", "next", "next", "complete"], messages.Select(m => m.GetProperty("type").GetString()));
            Assert.Equal([2, 1, 0], messages.Take(3).Select(m => m.GetProperty("payload").GetProperty("data").GetProperty("countdown").GetInt32()));
        }
    }

    [Fact]
    public async Task Validation_failure_is_an_error_message_without_complete()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server);
        await client.SendAsync(new { type = "subscribe", id = "bad", payload = new { query = "{ nope }" } });
        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        // The next message on the socket belongs to a later operation: no complete was sent for "bad".
        await client.SendAsync(new { type = "subscribe", id = "after", payload = new { query = "{ hello }" } });
        Assert.Equal("after", (await client.ReceiveAsync()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Client_complete_stops_the_stream()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server);
        await client.SendAsync(new { type = "subscribe", id = "t", payload = new { query = "subscription { ticks(intervalMs: 30) }" } });
        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
        await client.SendAsync(new { type = "complete", id = "t" });
        await client.SendAsync(new { type = "complete", id = "unknown" });
        await client.SendAsync(new { type = "ping" });
        // Events already in flight may arrive before the pong; none may arrive after it.
        while ((await client.ReceiveAsync()).GetProperty("type").GetString() != "pong")
        {
        }
        await Task.Delay(200);
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Initializer_refusal_is_an_error_message_for_that_operation()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server, new { authorization = "Bearer denied" });
        await client.SendAsync(new { type = "subscribe", id = "x", payload = new { query = "{ hello }" } });
        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("FORBIDDEN", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Every_subscription_event_gets_its_own_scope_with_initializer_run()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server, new { authorization = "Bearer dave" });
        await client.SendAsync(new { type = "subscribe", id = "sc", payload = new { query = "subscription { scopes }" } });
        var events = (await client.ReceiveOperationAsync("sc"))
            .Where(m => m.GetProperty("type").GetString() == "next")
            .Select(m => m.GetProperty("payload").GetProperty("data").GetProperty("scopes").GetString()!.Split('|'))
            .ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("dave", e[2]));
        Assert.NotEqual(events[0][1], events[1][1]);
        var scopes = events.Select(e => Guid.Parse(e[1])).ToHashSet();
        Assert.True(scopes.All(s => TestInitializer.Calls.Contains((MediaCreator.Api.Transport.TransportKind.WebSocket, s))));
    }

    [Fact]
    public async Task Legacy_graphql_ws_protocol_streams_data()
    {
        await using var client = await WsTestClient.ConnectAsync(server, "graphql-ws");
        Assert.Equal("graphql-ws", client.Socket.SubProtocol);
        await client.SendAsync(new { type = "connection_init", payload = new { } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("ka", (await client.ReceiveAsync()).GetProperty("type").GetString());
        await client.SendAsync(new { type = "start", id = "1", payload = new { query = "subscription { countdown(from: 1) }" } });
        var types = new List<string>();
        while (types.LastOrDefault() != "complete")
        {
            var message = await client.ReceiveAsync();
            if (message.GetProperty("type").GetString() is { } type && type != "ka")
                types.Add(type);
        }
        Assert.Equal(["data", "data", "complete"], types);
    }
}
