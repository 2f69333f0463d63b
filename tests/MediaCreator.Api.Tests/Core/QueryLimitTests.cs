using System.Net;
using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Core;

/// <summary>Guards on the real schema: depth, complexity, bad ids and paging arguments all answer with a code.</summary>
public sealed class QueryLimitTests : IAsyncLifetime
{
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync("Production");
        _client = GraphQLClient.AsUser(_factory, Guid.NewGuid());
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TooDeepQuery_IsRefusedBeforeExecution()
    {
        var deep = "{ projects { nodes { jobs { nodes { project { jobs { nodes { project { jobs { nodes { project { jobs { nodes { project { name } } } } } } } } } } } } } } }";
        var response = await _client.SendAsync(deep);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.NotNull(response.FirstErrorCode);
        Assert.DoesNotContain("   at ", response.Body);
    }

    [Fact]
    public async Task TooComplexQuery_IsRefusedBeforeExecution()
    {
        var wide = "{ " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"p{i}: projects(first: 50) {{ nodes {{ jobs(first: 50) {{ nodes {{ costRecords {{ totalCost }} }} }} }} }}")) + " }";
        var response = await _client.SendAsync(wide);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.NotNull(response.FirstErrorCode);
    }

    [Fact]
    public async Task MalformedIdAndPaging_AnswerWithCodes()
    {
        var badId = await _client.SendAsync("""{ project(id: "not-an-id") { name } }""");
        Assert.Equal("INVALID_ID", badId.FirstErrorCode);
        var wrongType = await _client.SendAsync("""{ job(id: "UHJvamVjdDowMTk5ZjAwMDAwMDA3MDAwODAwMDAwMDAwMDAwMDAwMQ==") { id } }""");
        Assert.Equal("INVALID_ID", wrongType.FirstErrorCode);
        var paging = await _client.SendAsync("{ projects(first: 500) { totalCount } }");
        Assert.Equal("INVALID_PAGING_ARGUMENT", paging.FirstErrorCode);
        var cursor = await _client.SendAsync("""{ projects(after: "garbage") { totalCount } }""");
        Assert.Equal("INVALID_CURSOR", cursor.FirstErrorCode);
        Assert.All(new[] { badId, wrongType, paging, cursor }, r => Assert.DoesNotContain("   at ", r.Body));
    }
}
