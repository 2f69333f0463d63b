using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Api.Tests.Core;

/// <summary>Owner B never sees owner A's data, whichever way it asks.</summary>
public sealed class OwnerIsolationTests : IAsyncLifetime
{
    private readonly Guid _ownerA = Guid.NewGuid();
    private readonly Guid _ownerB = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _a = null!;
    private GraphQLClient _b = null!;
    private string _projectA = null!;
    private string _jobA = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync("Production");
        _a = GraphQLClient.AsUser(_factory, _ownerA);
        _b = GraphQLClient.AsUser(_factory, _ownerB);
        var created = await _a.DataAsync("""mutation { createProject(input: { name: "A's secret project" }) { project { id } } }""");
        _projectA = created["createProject"]!["project"]!["id"]!.GetValue<string>();
        await _b.DataAsync("""mutation { createProject(input: { name: "B's project" }) { project { id } } }""");
        _jobA = await SeedJobAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Lists_ShowOnlyTheCallersProjectsAndJobs()
    {
        var b = await _b.DataAsync("{ projects { totalCount nodes { name } } jobs { totalCount } }");
        Assert.Equal(["B's project"], b["projects"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.Equal(0, b["jobs"]!["totalCount"]!.GetValue<int>());
        var a = await _a.DataAsync("{ projects { totalCount } jobs { totalCount nodes { taskName project { name } } } }");
        Assert.Equal(1, a["projects"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("A's secret project", a["jobs"]!["nodes"]![0]!["project"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task LookupsById_ReturnNullForAnotherOwnersIds()
    {
        var data = await _b.DataAsync("""
            query($p: ID!, $j: ID!) { project(id: $p) { name } job(id: $j) { id } node(id: $p) { id } nodes(ids: [$p, $j]) { id } }
            """, new { p = _projectA, j = _jobA });
        Assert.Null(data["project"]);
        Assert.Null(data["job"]);
        Assert.Null(data["node"]);
        Assert.All(data["nodes"]!.AsArray(), Assert.Null);
    }

    [Fact]
    public async Task Filters_CannotReachAnotherOwnersRows()
    {
        var data = await _b.DataAsync("""query($p: ID!) { jobs(where: { projectId: { eq: $p } }) { totalCount } projects(where: { ownerId: { neq: "00000000-0000-0000-0000-000000000000" } }) { totalCount } }""",
            new { p = _projectA });
        Assert.Equal(0, data["jobs"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, data["projects"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Mutations_OnAnotherOwnersProject_AreNotFound()
    {
        var data = await _b.DataAsync("""
            mutation($p: ID!) { updateProject(input: { projectId: $p, name: "hijacked" }) { project { id } errors { __typename ... on NotFoundError { typeName } } } }
            """, new { p = _projectA });
        Assert.Null(data["updateProject"]!["project"]);
        Assert.Equal("NotFoundError", data["updateProject"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        var a = await _a.DataAsync("query($p: ID!) { project(id: $p) { name } }", new { p = _projectA });
        Assert.Equal("A's secret project", a["project"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_InProduction_IsRefusedWithCode()
    {
        var response = await GraphQLClient.Anonymous(_factory).SendAsync("{ projects { totalCount } }");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(AuthenticationRequiredError.ErrorCode, response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task TokenSignedWithAnotherSecret_IsRefused()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.ForUser(_ownerA, secret: "another-secret-another-secret-another-secret"));
        var response = await new GraphQLClient(client).SendAsync("{ projects { totalCount } }");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.Status);
        Assert.Null(response.Data);
    }

    private async Task<string> SeedJobAsync()
    {
        var job = await TestData.SeedJobAsync(_factory, _ownerA, GlobalId.DecodeFor("Project", _projectA));
        return GlobalId.Encode("Job", job.Id);
    }
}
