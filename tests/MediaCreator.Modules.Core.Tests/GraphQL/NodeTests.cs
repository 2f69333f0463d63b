using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

[Collection(DatabaseCollection.Name)]
public sealed class NodeTests(DatabaseFixture databases)
{
    private static string WidgetId(int i) => GlobalId.Encode("Widget", WidgetSeed.IdOf(i));

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Node_WithWidgetId_ReturnsTheWidgetWithItsConcreteType(string db)
    {
        var result = await databases[db].ExecuteAsync(
            $"{{ node(id: \"{WidgetId(1)}\") {{ __typename id ... on Widget {{ name boxId }} }} }}");

        result.AssertNoErrors();
        Assert.Equal("Widget", result.At("data.node.__typename").GetString());
        Assert.Equal(WidgetId(1), result.At("data.node.id").GetString());
        Assert.Equal(WidgetSeed.NameOf(1), result.At("data.node.name").GetString());
        Assert.Equal(GlobalId.Encode("Box", WidgetSeed.BoxA), result.At("data.node.boxId").GetString());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Nodes_WithMixedIds_ReturnsNullForUnknownInvisibleAndMalformed(string db)
    {
        var box = GlobalId.Encode("Box", WidgetSeed.BoxB);
        var missing = GlobalId.Encode("Widget", Guid.NewGuid());
        var unknownType = GlobalId.Encode("Gizmo", WidgetSeed.IdOf(1));
        var deleted = WidgetId(5); // the resolver hides soft-deleted widgets

        var result = await databases[db].ExecuteAsync(
            $"{{ nodes(ids: [\"{WidgetId(2)}\", \"{box}\", \"{missing}\", \"{unknownType}\", \"{deleted}\", \"garbage\"]) {{ __typename id }} }}");

        result.AssertNoErrors();
        var nodes = result.At("data.nodes").EnumerateArray().ToArray();
        Assert.Equal(6, nodes.Length);
        Assert.Equal("Widget", nodes[0].GetProperty("__typename").GetString());
        Assert.Equal("Box", nodes[1].GetProperty("__typename").GetString());
        Assert.All(nodes[2..], n => Assert.Equal(System.Text.Json.JsonValueKind.Null, n.ValueKind));
    }

    [Fact]
    public async Task Nodes_WithMoreThanFiftyIds_FailsWithInvalidPagingArgument()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 51).Select(i => $"\"{WidgetId(i % 30)}\""));

        var result = await databases["sqlite"].ExecuteAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Equal(["INVALID_PAGING_ARGUMENT"], result.ErrorCodes());
    }

    [Fact]
    public async Task Box_WithWidgetId_FailsWithInvalidId()
    {
        var result = await databases["sqlite"].ExecuteAsync($"{{ box(id: \"{WidgetId(1)}\") {{ label }} }}");

        Assert.Equal(["INVALID_ID"], result.ErrorCodes());
    }
}
