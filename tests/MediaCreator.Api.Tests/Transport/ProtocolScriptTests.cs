using MediaCreator.Api.Tests.Transport.Host;
using Xunit.Abstractions;

namespace MediaCreator.Api.Tests.Transport;

/// <summary>The reference client libraries (graphql-http audit, graphql-ws, graphql-sse) against the test server.</summary>
[Collection(TransportCollection.Name)]
public sealed class ProtocolScriptTests(TransportServer server, ITestOutputHelper output)
{
    [Fact]
    public async Task Graphql_http_audit_passes_every_audit()
    {
        var run = await NodeScripts.RunAsync("audit.mjs", server.GraphQLUri.ToString());
        output.WriteLine(run.Stdout);
        var audits = run.OfKind("audit").ToList();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(61, audits.Count);
        Assert.Equal(0, run.Summary.GetProperty("error").GetInt32());
        var notOk = audits.Where(a => a.GetProperty("status").GetString() != "ok").Select(a => a.ToString()).ToList();
        Assert.True(notOk.Count == 0, "audits not ok:\n" + string.Join('\n', notOk));
    }

    [Fact]
    public async Task Graphql_ws_client_runs_queries_mutations_subscriptions_and_errors()
    {
        var run = await NodeScripts.RunAsync("ws-client.mjs", server.WebSocketUri.ToString());
        output.WriteLine(run.Stdout);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(6, run.Summary.GetProperty("passed").GetInt32());
    }

    [Fact]
    public async Task Graphql_sse_client_subscribes_in_distinct_connections_mode()
    {
        var run = await NodeScripts.RunAsync("sse-client.mjs", server.GraphQLUri.ToString());
        output.WriteLine(run.Stdout);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(4, run.Summary.GetProperty("passed").GetInt32());
    }
}
