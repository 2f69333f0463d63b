using MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

[Collection(DatabaseCollection.Name)]
public sealed class PagingTests(DatabaseFixture databases)
{
    private const string Page = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } nodes { name }";
    private const string ByName = "order: [{ name: ASC }]";

    private static string Cursor(int index) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(index.ToString()));

    private static string[] Expected(params int[] indexes) => indexes.Select(WidgetSeed.NameOf).ToArray();

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_WithoutArguments_ReturnsDefaultPageOfTenInDefaultOrder(string db)
    {
        var result = await databases[db].ExecuteAsync($"{{ widgets {{ {Page} totalCount }} }}");

        result.AssertNoErrors();
        // Default order: createdAt DESC, then id.
        Assert.Equal(Expected(29, 28, 27, 26, 25, 24, 23, 22, 21, 20), result.Names());
        Assert.Equal(WidgetSeed.Count, result.At("data.widgets.totalCount").GetInt32());
        Assert.True(result.At("data.widgets.pageInfo.hasNextPage").GetBoolean());
        Assert.False(result.At("data.widgets.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Equal(Cursor(0), result.At("data.widgets.pageInfo.startCursor").GetString());
        Assert.Equal(Cursor(9), result.At("data.widgets.pageInfo.endCursor").GetString());
        Assert.Equal(Cursor(3), result.At("data.widgets.edges.3.cursor").GetString());
        Assert.Equal(WidgetSeed.NameOf(26), result.At("data.widgets.edges.3.node.name").GetString());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_PagingForwardWithEndCursor_WalksEveryItemOnce(string db)
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        bool hasNext;
        do
        {
            var afterArgument = after is null ? "" : $", after: \"{after}\"";
            var result = await databases[db].ExecuteAsync($"{{ widgets(first: 7{afterArgument}, {ByName}) {{ {Page} }} }}");
            result.AssertNoErrors();
            seen.AddRange(result.Names());
            hasNext = result.At("data.widgets.pageInfo.hasNextPage").GetBoolean();
            Assert.Equal(pages > 0, result.At("data.widgets.pageInfo.hasPreviousPage").GetBoolean());
            after = result.At("data.widgets.pageInfo.endCursor").GetString();
            pages++;
        }
        while (hasNext);

        Assert.Equal(5, pages);
        Assert.Equal(Enumerable.Range(0, WidgetSeed.Count).Select(WidgetSeed.NameOf), seen);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_LastWithoutBefore_ReturnsTheTail(string db)
    {
        var result = await databases[db].ExecuteAsync($"{{ widgets(last: 3, {ByName}) {{ {Page} }} }}");

        result.AssertNoErrors();
        Assert.Equal(Expected(27, 28, 29), result.Names());
        Assert.False(result.At("data.widgets.pageInfo.hasNextPage").GetBoolean());
        Assert.True(result.At("data.widgets.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Equal(Cursor(27), result.At("data.widgets.pageInfo.startCursor").GetString());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_PagingBackwardWithStartCursor_WalksEveryItemOnce(string db)
    {
        var seen = new List<string>();
        string? before = null;
        bool hasPrevious;
        do
        {
            var beforeArgument = before is null ? "" : $", before: \"{before}\"";
            var result = await databases[db].ExecuteAsync($"{{ widgets(last: 8{beforeArgument}, {ByName}) {{ {Page} }} }}");
            result.AssertNoErrors();
            seen.InsertRange(0, result.Names());
            Assert.Equal(before is not null, result.At("data.widgets.pageInfo.hasNextPage").GetBoolean());
            hasPrevious = result.At("data.widgets.pageInfo.hasPreviousPage").GetBoolean();
            before = result.At("data.widgets.pageInfo.startCursor").GetString();
        }
        while (hasPrevious);

        Assert.Equal(Enumerable.Range(0, WidgetSeed.Count).Select(WidgetSeed.NameOf), seen);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_AfterAndBefore_ReturnsTheRangeBetween(string db)
    {
        var result = await databases[db].ExecuteAsync(
            $"{{ widgets(first: 10, after: \"{Cursor(4)}\", before: \"{Cursor(8)}\", {ByName}) {{ {Page} }} }}");

        result.AssertNoErrors();
        Assert.Equal(Expected(5, 6, 7), result.Names());
        Assert.True(result.At("data.widgets.pageInfo.hasNextPage").GetBoolean());
        Assert.True(result.At("data.widgets.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_FirstZero_ReturnsEmptyPageWithNullCursors(string db)
    {
        var result = await databases[db].ExecuteAsync($"{{ widgets(first: 0) {{ {Page} totalCount }} }}");

        result.AssertNoErrors();
        Assert.Empty(result.Names());
        Assert.True(result.At("data.widgets.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.At("data.widgets.pageInfo.endCursor").ValueKind);
        Assert.Equal(WidgetSeed.Count, result.At("data.widgets.totalCount").GetInt32());
    }

    [Theory]
    [InlineData("first: 51", "INVALID_PAGING_ARGUMENT")]
    [InlineData("last: 51", "INVALID_PAGING_ARGUMENT")]
    [InlineData("first: -1", "INVALID_PAGING_ARGUMENT")]
    [InlineData("after: \"not a cursor\"", "INVALID_CURSOR")]
    [InlineData("before: \"LTE=\"", "INVALID_CURSOR")]
    [InlineData("after: \"YWJj\"", "INVALID_CURSOR")]
    public async Task Widgets_WithBadPagingArguments_FailsWithCode(string arguments, string code)
    {
        var result = await databases["sqlite"].ExecuteAsync($"{{ widgets({arguments}) {{ nodes {{ name }} }} }}");

        Assert.Equal([code], result.ErrorCodes());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.At("data.widgets").ValueKind);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task BoxWidgets_NestedConnection_IsRestrictedToTheParent(string db)
    {
        var boxId = MediaCreator.Modules.Core.GraphQL.Relay.GlobalId.Encode("Box", WidgetSeed.BoxB);
        var result = await databases[db].ExecuteAsync(
            $"{{ box(id: \"{boxId}\") {{ label widgets(first: 3, {ByName}, where: {{ active: {{ eq: true }} }}) {{ totalCount {Page} }} }} }}");

        result.AssertNoErrors();
        Assert.Equal("B", result.At("data.box.label").GetString());
        Assert.Equal(5, result.At("data.box.widgets.totalCount").GetInt32());
        Assert.Equal(Expected(10, 12, 14), result.Names("data.box.widgets"));
        Assert.True(result.At("data.box.widgets.pageInfo.hasNextPage").GetBoolean());
    }
}
