using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MediaCreator.Api.Tests.Core;

/// <summary>The reference Node clients against the real server (Program, real schema, real auth).</summary>
public sealed class RealServerProtocolTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GraphqlHttpAudit_PassesEveryAudit_OnTheRealServer()
    {
        await using var factory = await ApiFactory.StartKestrelAsync();
        var run = await NodeScripts.RunAsync("audit.mjs", factory.GraphQLUri.ToString());
        output.WriteLine(run.Stdout);
        Assert.True(run.ExitCode == 0, run.ToString());
        var notOk = run.OfKind("audit").Where(a => a.GetProperty("status").GetString() != "ok").Select(a => a.ToString()).ToList();
        Assert.True(notOk.Count == 0, "audits not ok:\n" + string.Join('\n', notOk));
    }

    [Fact]
    public async Task GraphqlWsClient_AuthenticatesQueriesMutatesAndSubscribes_OnTheRealServer()
    {
        await using var factory = await ApiFactory.StartKestrelAsync("Production");
        var owner = Guid.NewGuid();
        var created = await GraphQLClient.AsUser(factory, owner).DataAsync("""mutation { createProject(input: { name: "A live" }) { project { id } } }""");
        var projectId = created["createProject"]!["project"]!["id"]!.GetValue<string>();
        var job = await TestData.SeedJobAsync(factory, owner, GlobalId.DecodeFor("Project", projectId));

        using var cts = new CancellationTokenSource();
        var publishing = Task.Run(async () =>
        {
            var bus = factory.Services.GetRequiredService<IEventBus>();
            while (!cts.IsCancellationRequested)
            {
                await bus.PublishAsync(new JobEvent(EventType.JobCompleted, owner, job.ProjectId, job.Id, JobStatus.Completed, 1, null));
                await Task.Delay(200, CancellationToken.None);
            }
        });
        var run = await NodeScripts.RunAsync("app-ws-client.mjs", factory.WebSocketUri.ToString(), Tokens.ForUser(owner), projectId);
        await cts.CancelAsync();
        await publishing;
        output.WriteLine(run.Stdout);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, run.Summary.GetProperty("passed").GetInt32());
    }
}
