using System.Net.Http.Headers;
using System.Text.Json;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Core;

/// <summary>Subscriptions on the real server: owner-scoped over WebSocket and SSE, authenticated from connection_init.</summary>
public sealed class SubscriptionTests : IAsyncLifetime
{
    private const string ProjectEvents = """
        subscription($p: ID!) { onProjectEvent(projectId: $p) { __typename type project { name } ... on JobEvent { status progress message job { taskName } } } }
        """;

    private readonly Guid _ownerA = Guid.NewGuid();
    private readonly Guid _ownerB = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private string _projectA = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.StartKestrelAsync("Production");
        var created = await GraphQLClient.AsUser(_factory, _ownerA).DataAsync("""mutation { createProject(input: { name: "A live" }) { project { id } } }""");
        _projectA = created["createProject"]!["project"]!["id"]!.GetValue<string>();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task OwnerSubscribedOverWebSocket_ReceivesItsProjectsJobEvents()
    {
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_ownerA) });
        await ws.SendAsync(new { type = "subscribe", id = "1", payload = new { query = ProjectEvents, variables = new { p = _projectA } } });
        var job = await TestData.SeedJobAsync(_factory, _ownerA, GlobalId.DecodeFor("Project", _projectA), j => j.Status = JobStatus.Running);

        var next = await ReceiveNextWhilePublishingAsync(ws, new JobEvent(EventType.JobProgress, _ownerA, job.ProjectId, job.Id, JobStatus.Running, 0.5, "halfway"));
        var payload = next.GetProperty("payload").GetProperty("data").GetProperty("onProjectEvent");
        Assert.Equal("JobEvent", payload.GetProperty("__typename").GetString());
        Assert.Equal("JOB_PROGRESS", payload.GetProperty("type").GetString());
        Assert.Equal("halfway", payload.GetProperty("message").GetString());
        Assert.Equal("core.echo", payload.GetProperty("job").GetProperty("taskName").GetString());
        Assert.Equal("A live", payload.GetProperty("project").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnotherOwner_CannotSubscribeToTheProject()
    {
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_ownerB) });
        await ws.SendAsync(new { type = "subscribe", id = "1", payload = new { query = ProjectEvents, variables = new { p = _projectA } } });
        var messages = await ws.ReceiveOperationAsync("1");
        var errors = messages.Where(m => m.TryGetProperty("payload", out _)).Select(m => m.GetProperty("payload")).ToList();
        var text = JsonSerializer.Serialize(errors);
        Assert.Contains("NOT_FOUND", text);
        Assert.DoesNotContain("A live", text);
    }

    [Fact]
    public async Task ApiKeyInConnectionInit_ReadsButCannotMutate()
    {
        var key = await GraphQLClient.AsUser(_factory, _ownerA).DataAsync("""mutation { createApiKey(input: { name: "ws", scopes: ["analytics:read"] }) { secret } }""");
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { apiKey = key["createApiKey"]!["secret"]!.GetValue<string>() });
        await ws.SendAsync(new { type = "subscribe", id = "q", payload = new { query = "{ projects { nodes { name } } }" } });
        var read = await ws.ReceiveOperationAsync("q");
        Assert.Contains("A live", read[0].ToString());
        await ws.SendAsync(new { type = "subscribe", id = "m", payload = new { query = """mutation { createProject(input: { name: "x" }) { project { id } } }""" } });
        var write = await ws.ReceiveOperationAsync("m");
        Assert.Contains("AUTH_NOT_AUTHORIZED", string.Join('\n', write.Select(m => m.ToString())));
    }

    [Fact]
    public async Task BadTokenInConnectionInit_ClosesWith4403()
    {
        await using var ws = await WsTestClient.ConnectAsync(_factory.WebSocketUri);
        await ws.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer not-a-token" } });
        var (code, _) = await ws.ReceiveCloseAsync();
        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task OwnerSubscribedOverSse_ReceivesEvents()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent(new { query = ProjectEvents, variables = new { p = _projectA } }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForUser(_ownerA));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var job = await TestData.SeedJobAsync(_factory, _ownerA, GlobalId.DecodeFor("Project", _projectA), j => j.Status = JobStatus.Running);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var publishing = PublishUntilCancelledAsync(new JobEvent(EventType.JobCompleted, _ownerA, job.ProjectId, job.Id, JobStatus.Completed, 1, "done"), cts.Token);
        string? data = null;
        while (data is null && await reader.ReadLineAsync(cts.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
        }
        await cts.CancelAsync();
        await publishing;
        Assert.NotNull(data);
        Assert.Contains("\"JOB_COMPLETED\"", data);
        Assert.Contains("\"COMPLETED\"", data);
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    /// <summary>Subscribing is asynchronous on the server, so the event is published until the first one arrives.</summary>
    private async Task<JsonElement> ReceiveNextWhilePublishingAsync(WsTestClient ws, DomainEvent domainEvent)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var publishing = PublishUntilCancelledAsync(domainEvent, cts.Token);
        try
        {
            while (true)
            {
                var message = await ws.ReceiveAsync(TimeSpan.FromSeconds(15));
                if (message.GetProperty("type").GetString() == "next") return message;
                Assert.Fail("unexpected message " + message);
            }
        }
        finally
        {
            await cts.CancelAsync();
            await publishing;
        }
    }

    private async Task PublishUntilCancelledAsync(DomainEvent domainEvent, CancellationToken ct)
    {
        var bus = _factory.Services.GetRequiredService<IEventBus>();
        while (!ct.IsCancellationRequested)
        {
            await bus.PublishAsync(domainEvent with { }, CancellationToken.None);
            try
            {
                await Task.Delay(100, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
