using GraphQL;
using MediaCreator.Modules.Core.Tests.GraphQL.TestApi;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

[Collection(DatabaseCollection.Name)]
public sealed class SchemaSdlTests(DatabaseFixture databases, ITestOutputHelper output)
{
    [Fact]
    public void Print_TestSchema_UsesTheContractsNames()
    {
        var sdl = databases["sqlite"].Schema.Print();
        output.WriteLine(sdl);

        string[] expected =
        [
            "scalar UUID", "scalar JSON", "scalar DateTime", "scalar Date", "scalar Decimal", "scalar Long", "scalar URL",
            "interface Node {", "type PageInfo {", "hasNextPage: Boolean!", "hasPreviousPage: Boolean!",
            "startCursor: String", "endCursor: String",
            "enum SortEnumType {", "ASC", "DESC",
            "node(\n    \"ID of the object.\"\n    id: ID!): Node",
            "nodes(\n    \"The list of node IDs.\"\n    ids: [ID!]!): [Node]!",
            "type WidgetsConnection {", "pageInfo: PageInfo!", "edges: [WidgetsEdge!]", "nodes: [Widget!]", "totalCount: Int!",
            "type WidgetsEdge {", "cursor: String!", "node: Widget!",
            "type Widget implements Node {", "id: ID!", "ownerId: UUID!", "createdAt: DateTime!", "releasedOn: Date!",
            "price: Decimal!", "size: Long!", "homepage: URL", "metadata: JSON",
            "input WidgetFilterInput {", "and: [WidgetFilterInput!]", "or: [WidgetFilterInput!]",
            "id: IdOperationFilterInput", "name: StringOperationFilterInput", "status: WidgetStatusOperationFilterInput",
            "size: LongOperationFilterInput", "price: DecimalOperationFilterInput", "rating: FloatOperationFilterInput",
            "createdAt: DateTimeOperationFilterInput", "releasedOn: DateOperationFilterInput",
            "active: BooleanOperationFilterInput", "ownerId: UuidOperationFilterInput", "quantity: IntOperationFilterInput",
            "input StringOperationFilterInput {", "and: [StringOperationFilterInput!]", "ncontains: String", "in: [String]",
            "nstartsWith: String", "nendsWith: String",
            "input IdOperationFilterInput {", "eq: ID", "in: [ID]",
            "input UuidOperationFilterInput {", "eq: UUID", "in: [UUID]",
            "input WidgetStatusOperationFilterInput {", "in: [WidgetStatus!]", "nin: [WidgetStatus!]",
            "input LongOperationFilterInput {", "ngte: Long", "nlte: Long",
            "input DateTimeOperationFilterInput {", "gt: DateTime",
            "input WidgetSortInput {", "name: SortEnumType", "createdAt: SortEnumType",
        ];
        Assert.All(expected, fragment => Assert.Contains(fragment, sdl));

        Assert.Contains("""
              widgets(
                "Returns the first _n_ elements from the list."
                first: Int,
            """.Replace("\r", ""), sdl);
        Assert.Contains("where: WidgetFilterInput,", sdl);
        Assert.Contains("order: [WidgetSortInput!]): WidgetsConnection", sdl);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sdl, "type WidgetsConnection "));
    }
}
