using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Transport;

/// <summary>GraphQL over SSE, distinct connections mode (notes §2.4).</summary>
[Collection(TransportCollection.Name)]
public sealed class SseTests(TransportServer server)
{
    private readonly HttpClient _client = server.CreateClient();

    private static HttpRequestMessage SseRequest(string query) => Gql.Query(query, "text/event-stream");

    [Fact]
    public async Task Subscription_streams_next_events_then_complete()
    {
        using var response = await _client.SendAsync(SseRequest("subscription { countdown(from: 2) }"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.ToString());
        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal(["next", "next", "next", "complete"], events.Select(e => e.Event));
        Assert.Equal([2, 1, 0], events.Take(3).Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("data").GetProperty("countdown").GetInt32()));
        Assert.Equal(string.Empty, events[^1].Data);
    }

    [Fact]
    public async Task Query_over_sse_is_one_next_and_complete()
    {
        var events = ParseEvents(await (await _client.SendAsync(SseRequest("{ hello transport }"))).Content.ReadAsStringAsync());
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("Sse", JsonDocument.Parse(events[0].Data).RootElement.GetProperty("data").GetProperty("transport").GetString());
    }

    [Fact]
    public async Task Get_subscription_over_sse_streams()
    {
        var request = Gql.Get("query=" + Uri.EscapeDataString("subscription { countdown(from: 1) }"), "text/event-stream");
        var events = ParseEvents(await (await _client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
    }

    [Fact]
    public async Task Validation_error_is_sent_as_a_next_event()
    {
        var response = await _client.SendAsync(SseRequest("subscription { nope }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", JsonDocument.Parse(events[0].Data).RootElement.FirstErrorCode());
    }

    [Fact]
    public async Task Urql_style_accept_gets_json_for_queries_but_a_stream_for_subscriptions()
    {
        const string urql = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";
        var (query, body) = await _client.SendGqlAsync(Gql.Query("{ hello }", urql));
        Assert.Equal("application/graphql-response+json", query.Content.Headers.ContentType!.MediaType);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());

        var subscription = await _client.SendAsync(Gql.Query("subscription { countdown(from: 0) }", urql));
        Assert.Equal("text/event-stream", subscription.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Client_disconnect_unsubscribes()
    {
        var before = Volatile.Read(ref TestSubscription.ActiveTicks);
        using (var response = await _client.SendAsync(SseRequest("subscription { ticks(intervalMs: 30) }"), HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            var nexts = 0;
            while (nexts < 2 && await reader.ReadLineAsync() is { } line)
            {
                if (line == "event: next")
                    nexts++;
            }
            Assert.Equal(before + 1, Volatile.Read(ref TestSubscription.ActiveTicks));
        }
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Volatile.Read(ref TestSubscription.ActiveTicks) > before && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Equal(before, Volatile.Read(ref TestSubscription.ActiveTicks));
    }

    [Fact]
    public async Task Idle_stream_gets_keep_alive_comments()
    {
        using var response = await _client.SendAsync(SseRequest("subscription { ticks(intervalMs: 60000) }"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var line = await reader.ReadLineAsync(timeout.Token);
        Assert.Equal(":", line);
    }

    [Fact]
    public async Task Get_mutation_with_sse_accept_is_still_405()
    {
        var response = await _client.SendAsync(Gql.Get("query=" + Uri.EscapeDataString("mutation { increment }"), "text/event-stream"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static List<(string Event, string Data)> ParseEvents(string text)
    {
        var events = new List<(string, string)>();
        foreach (var block in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? name = null;
            var data = new StringBuilder();
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                    name = line["event: ".Length..];
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                    data.Append(line["data:".Length..].TrimStart(' '));
            }
            if (name is not null)
                events.Add((name, data.ToString()));
        }
        return events;
    }
}
