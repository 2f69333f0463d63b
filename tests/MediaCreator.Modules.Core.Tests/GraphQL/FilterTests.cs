using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

[Collection(DatabaseCollection.Name)]
public sealed class FilterTests(DatabaseFixture databases)
{
    [Theory, MemberData(nameof(FilterCases.All), MemberType = typeof(FilterCases))]
    public async Task Widgets_WithWhere_ReturnsTheMatchingRows(string db, string where)
    {
        var result = await databases[db].ExecuteAsync(
            $"{{ widgets(first: 50, where: {where}, order: [{{ name: ASC }}]) {{ totalCount nodes {{ name }} }} }}");

        result.AssertNoErrors();
        var expected = FilterCases.ExpectedNames(where);
        Assert.Equal(expected, result.Names());
        Assert.Equal(expected.Length, result.At("data.widgets.totalCount").GetInt32());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_WithWhereInVariables_ParsesScalarsAndEnums(string db)
    {
        const string query = "query($w: WidgetFilterInput) { widgets(first: 50, where: $w, order: [{ name: ASC }]) { nodes { name } } }";
        const string variables = """
            { "w": { "createdAt": { "gte": "2024-01-01T03:00:00+00:00" }, "status": { "in": ["ACTIVE", "RETIRED"] },
                     "price": { "lt": 10.5 }, "ownerId": { "eq": "bbbbbbbb-0000-0000-0000-000000000002" } } }
            """;

        var result = await databases[db].ExecuteAsync(query, variables);

        result.AssertNoErrors();
        var expected = WidgetSeed.Widgets()
            .Where(w => w.CreatedAt >= WidgetSeed.Epoch.AddHours(3) && w.Status != WidgetStatus.Draft && w.Price < 10.5m && w.OwnerId == WidgetSeed.OwnerB)
            .Select(w => w.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, result.Names());
    }

    [Theory]
    [InlineData("{ id: { eq: \"not-an-id\" } }", "INVALID_ID")]
    [InlineData("{ size: { gt: null } }", "INVALID_FILTER")]
    [InlineData("{ name: { contains: null } }", "INVALID_FILTER")]
    [InlineData("{ name: { in: null } }", "INVALID_FILTER")]
    public async Task Widgets_WithInvalidWhere_FailsWithCode(string where, string code)
    {
        var result = await databases["sqlite"].ExecuteAsync($"{{ widgets(where: {where}) {{ nodes {{ name }} }} }}");

        Assert.Equal([code], result.ErrorCodes());
    }

    [Fact]
    public async Task Widgets_FilteredByIdOfAnotherType_FailsWithInvalidId()
    {
        var boxId = GlobalId.Encode("Box", WidgetSeed.BoxA);

        var result = await databases["sqlite"].ExecuteAsync($"{{ widgets(where: {{ id: {{ eq: \"{boxId}\" }} }}) {{ nodes {{ name }} }} }}");

        Assert.Equal(["INVALID_ID"], result.ErrorCodes());
    }
}
