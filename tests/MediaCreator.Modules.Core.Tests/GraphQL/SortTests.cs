using MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

[Collection(DatabaseCollection.Name)]
public sealed class SortTests(DatabaseFixture databases)
{
    private async Task<string[]> NamesAsync(string db, string arguments)
    {
        var result = await databases[db].ExecuteAsync($"{{ widgets(first: 50, {arguments}) {{ nodes {{ name }} }} }}");
        result.AssertNoErrors();
        return result.Names();
    }

    private static string[] Names(IEnumerable<Widget> widgets) => widgets.Select(w => w.Name).ToArray();

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_SortedByTwoKeys_AppliesThemInListOrderThenTheKey(string db)
    {
        var names = await NamesAsync(db, "order: [{ status: ASC }, { quantity: DESC }]");

        Assert.Equal(
            Names(WidgetSeed.Widgets().OrderBy(w => w.Status).ThenByDescending(w => w.Quantity).ThenBy(w => w.Id)),
            names);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_SortedByATiedField_BreaksTiesByIdAscending(string db)
    {
        var names = await NamesAsync(db, "order: [{ active: DESC }]");

        Assert.Equal(Names(WidgetSeed.Widgets().OrderByDescending(w => w.Active).ThenBy(w => w.Id)), names);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_SortedByDecimalAndNavigationPath_SortsInTheDatabase(string db)
    {
        var byPrice = await NamesAsync(db, "order: [{ price: DESC }]");
        var byBox = await NamesAsync(db, "where: { boxId: { neq: null } }, order: [{ boxLabel: DESC }, { createdAt: DESC }]");

        Assert.Equal(Names(WidgetSeed.Widgets().OrderByDescending(w => w.Price)), byPrice);
        Assert.Equal(
            Names(WidgetSeed.Widgets().Where(w => w.BoxId != null).OrderByDescending(w => w.BoxId == WidgetSeed.BoxB).ThenByDescending(w => w.CreatedAt)),
            byBox);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Widgets_WithEmptyOrder_UsesTheDefaultOrder(string db)
    {
        var names = await NamesAsync(db, "order: []");

        Assert.Equal(Names(WidgetSeed.Widgets().OrderByDescending(w => w.CreatedAt)), names);
    }

    [Theory]
    [InlineData("[{ name: ASC, status: DESC }]")]
    [InlineData("[{}]")]
    [InlineData("[{ name: null }]")]
    public async Task Widgets_WithSortItemNotSettingExactlyOneField_FailsWithInvalidSort(string order)
    {
        var result = await databases["sqlite"].ExecuteAsync($"{{ widgets(order: {order}) {{ nodes {{ name }} }} }}");

        Assert.Equal(["INVALID_SORT"], result.ErrorCodes());
    }
}
