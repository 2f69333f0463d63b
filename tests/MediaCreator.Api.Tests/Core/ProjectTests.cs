using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Core;

public sealed class ProjectTests : IAsyncLifetime
{
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync();
        _client = GraphQLClient.AsUser(_factory, Guid.NewGuid());
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private const string Create = """
        mutation($input: CreateProjectInput!) {
          createProject(input: $input) {
            project { id name description metadata ownerId budget { limit currency warnAt enforcement period } createdAt }
            errors { __typename ... on ValidationError { field code message } }
          }
        }
        """;

    [Fact]
    public async Task CreateProject_WithBudget_IsReadBackThroughProjectAndNode()
    {
        var data = await _client.DataAsync(Create, new
        {
            input = new { name = "Cat shorts", description = "Daily cat videos", metadata = new { color = "orange", n = 3 },
                budget = new { limit = 25.5m, currency = "USD", enforcement = "WARN_ONLY" } },
        });
        var project = data["createProject"]!["project"]!;
        Assert.Null(data["createProject"]!["errors"]);
        Assert.Equal("Cat shorts", project["name"]!.GetValue<string>());
        Assert.Equal("orange", project["metadata"]!["color"]!.GetValue<string>());
        Assert.Equal(25.5m, project["budget"]!["limit"]!.GetValue<decimal>());
        Assert.Equal("WARN_ONLY", project["budget"]!["enforcement"]!.GetValue<string>());
        Assert.Equal(0.8, project["budget"]!["warnAt"]!.GetValue<double>(), 6);
        Assert.Equal("LIFETIME", project["budget"]!["period"]!.GetValue<string>());
        var id = project["id"]!.GetValue<string>();

        var read = await _client.DataAsync("""
            query($id: ID!) {
              project(id: $id) { id name costSummary { currency spent pending remaining usedFraction jobCount } }
              node(id: $id) { __typename id ... on Project { description } }
            }
            """, new { id });
        Assert.Equal("Cat shorts", read["project"]!["name"]!.GetValue<string>());
        Assert.Equal(25.5m, read["project"]!["costSummary"]!["remaining"]!.GetValue<decimal>());
        Assert.Equal(0m, read["project"]!["costSummary"]!["spent"]!.GetValue<decimal>());
        Assert.Equal("Project", read["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal("Daily cat videos", read["node"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateProject_WithBadInput_ReturnsTypedValidationErrors()
    {
        var data = await _client.DataAsync(Create, new { input = new { name = "  ", budget = new { limit = -1, currency = "dollars" } } });
        var errors = data["createProject"]!["errors"]!.AsArray();
        Assert.Null(data["createProject"]!["project"]);
        Assert.All(errors, e => Assert.Equal("ValidationError", e!["__typename"]!.GetValue<string>()));
        var fields = errors.Select(e => (e!["field"]!.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Contains(("input.name", "REQUIRED"), fields);
        Assert.Contains(("input.budget.limit", "OUT_OF_RANGE"), fields);
        Assert.Contains(("input.budget.currency", "INVALID_FORMAT"), fields);
    }

    [Fact]
    public async Task UpdateBudgetAndArchive_ChangeTheStoredProject()
    {
        var id = await CreateAsync("Before");
        var updated = await _client.DataAsync("""
            mutation($id: ID!) {
              updateProject(input: { projectId: $id, name: "After" }) { project { name updatedAt } errors { __typename } }
              setProjectBudget(input: { projectId: $id, budget: { limit: 10, currency: "THB", period: MONTHLY } }) { project { budget { currency period } } }
            }
            """, new { id });
        Assert.Equal("After", updated["updateProject"]!["project"]!["name"]!.GetValue<string>());
        Assert.NotNull(updated["updateProject"]!["project"]!["updatedAt"]);
        Assert.Equal("THB", updated["setProjectBudget"]!["project"]!["budget"]!["currency"]!.GetValue<string>());

        await _client.DataAsync("mutation($id: ID!) { archiveProject(input: { projectId: $id }) { project { archivedAt } } }", new { id });
        var lists = await _client.DataAsync("""
            { active: projects { totalCount } all: projects(includeArchived: true) { totalCount nodes { name archivedAt } } }
            """);
        Assert.Equal(0, lists["active"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, lists["all"]!["totalCount"]!.GetValue<int>());
        Assert.NotNull(lists["all"]!["nodes"]![0]!["archivedAt"]);
    }

    [Fact]
    public async Task Projects_FilterSortAndPage_InTheDatabase()
    {
        foreach (var name in new[] { "delta", "alpha", "charlie", "bravo", "echo" }) await CreateAsync(name);
        var page1 = await _client.DataAsync("""
            { projects(first: 2, order: [{ name: ASC }], where: { name: { nin: ["echo"] } }) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { name } } }
            """);
        var connection = page1["projects"]!;
        Assert.Equal(4, connection["totalCount"]!.GetValue<int>());
        Assert.Equal(["alpha", "bravo"], connection["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.True(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();

        var page2 = await _client.DataAsync("""
            query($after: String) { projects(first: 5, after: $after, order: [{ name: ASC }], where: { name: { nin: ["echo"] } }) {
                pageInfo { hasNextPage hasPreviousPage } edges { cursor node { name } } } }
            """, new { after });
        Assert.Equal(["charlie", "delta"], page2["projects"]!["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()));
        Assert.False(page2["projects"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(page2["projects"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var contains = await _client.DataAsync("""{ projects(where: { or: [{ name: { startsWith: "al" } }, { name: { endsWith: "ho" } }] }, order: [{ name: DESC }]) { nodes { name } } }""");
        Assert.Equal(["echo", "alpha"], contains["projects"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    private async Task<string> CreateAsync(string name)
    {
        var data = await _client.DataAsync(Create, new { input = new { name } });
        return data["createProject"]!["project"]!["id"]!.GetValue<string>();
    }
}
