using MediaCreator.Modules.Core.Tests.GraphQL.TestApi;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

[Collection(DatabaseCollection.Name)]
public sealed class SqlTranslationTests(DatabaseFixture databases, ITestOutputHelper output)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_FilterSortAndPage_RunInOneSqlQueryWithoutCount(string db)
    {
        var host = databases[db];

        var result = await host.ExecuteAsync(
            """{ widgets(first: 3, after: "MQ==", where: { name: { startsWith: "Widget", endsWith: "5" }, price: { gt: 1 } }, order: [{ status: DESC }, { price: ASC }]) { nodes { name } } }""");

        result.AssertNoErrors();
        var sql = Assert.Single(host.Sql);
        output.WriteLine(sql);
        Assert.Contains("WHERE", sql);
        Assert.Contains("ORDER BY", sql);
        Assert.Contains("LIMIT", sql);
        Assert.Contains("OFFSET", sql);
        Assert.DoesNotContain("COUNT", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_SelectingTotalCount_AddsOneFilteredCountQuery(string db)
    {
        var host = databases[db];

        var result = await host.ExecuteAsync("""{ widgets(first: 2, where: { active: { eq: true } }) { totalCount nodes { name } } }""");

        result.AssertNoErrors();
        Assert.Equal(15, result.At("data.widgets.totalCount").GetInt32());
        var count = Assert.Single(host.Sql, s => s.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("WHERE", count);
        Assert.Equal(2, host.Sql.Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_LastWithoutBefore_CountsToFindTheEnd(string db)
    {
        var host = databases[db];

        var result = await host.ExecuteAsync("{ widgets(last: 2) { nodes { name } } }");

        result.AssertNoErrors();
        Assert.Equal(2, host.Sql.Count);
        Assert.Single(host.Sql, s => s.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_StartsWith_FollowsTheDatabaseCaseRules(string db)
    {
        // LIKE ignores ASCII case on SQLite; PostgreSQL's LIKE does not. Documented, not hidden.
        var result = await databases[db].ExecuteAsync("""{ widgets(where: { name: { startsWith: "widget 0" } }) { totalCount } }""");

        result.AssertNoErrors();
        Assert.Equal(db == "sqlite" ? 10 : 0, result.At("data.widgets.totalCount").GetInt32());
    }
}
