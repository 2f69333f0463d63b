using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using Xunit.Abstractions;

namespace MediaCreator.Api.Tests.Jobs;

/// <summary>A plugin written in JavaScript runs its job through the whole cycle over the GraphQL API.</summary>
public sealed class PluginWorkerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task NodePlugin_RegistersClaimsReportsAndCompletesItsJob()
    {
        await using var factory = await ApiFactory.StartKestrelAsync("Production");
        var user = GraphQLClient.AsUser(factory, Guid.NewGuid());
        var setup = await user.DataAsync("""
            mutation { createProject(input: { name: "With plugin" }) { project { id } }
                       createApiKey(input: { name: "owner", scopes: ["full"] }) { secret } }
            """);
        var projectId = setup["createProject"]!["project"]!["id"]!.GetValue<string>();

        var run = await NodeScripts.RunAsync("plugin-worker.mjs", factory.GraphQLUri.ToString(), setup["createApiKey"]!["secret"]!.GetValue<string>(), projectId);
        output.WriteLine(run.Stdout);
        Assert.True(run.ExitCode == 0, run.ToString());

        var jobs = await user.DataAsync("""
            { jobs(where: { taskName: { eq: "upper.text" } }) { nodes { status progress attempt outputPayload provider module { name } costRecords { totalCost currency provider } } } }
            """);
        var job = jobs["jobs"]!["nodes"]![0]!;
        Assert.Equal("COMPLETED", job["status"]!.GetValue<string>());
        Assert.Equal("HELLO PLUGIN", job["outputPayload"]!["upper"]!.GetValue<string>());
        Assert.Equal("upper-plugin", job["module"]!["name"]!.GetValue<string>());
        Assert.Equal(0.01m, job["costRecords"]![0]!["totalCost"]!.GetValue<decimal>());
        Assert.Equal("node", job["costRecords"]![0]!["provider"]!.GetValue<string>());
    }
}
