using System.Text.RegularExpressions;
using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>
/// A HotChocolate-style connection <c>{Name}Connection</c> with its edge <c>{Name}Edge</c>. Declare one sealed
/// subclass per connection name, e.g. <c>sealed class JobsConnectionType() : ConnectionGraphType&lt;JobType&gt;("Jobs")</c>:
/// the schema resolves graph types by CLR type, so every field using that subclass (root <c>jobs</c>,
/// <c>Project.jobs</c>, ...) shares a single instance and the name is created once.
/// </summary>
public abstract partial class ConnectionGraphType<TNodeType> : ObjectGraphType
    where TNodeType : IGraphType
{
    /// <param name="name">Prefix of the type names, e.g. <c>Jobs</c> gives <c>JobsConnection</c> and <c>JobsEdge</c>.</param>
    /// <param name="items">Plural noun for the descriptions; defaults to the prefix in lowercase words
    /// (<c>WorkflowRuns</c> → "workflow runs").</param>
    protected ConnectionGraphType(string name, string? items = null)
    {
        var words = Words().Replace(name, " $1").ToLowerInvariant();
        Name = name + "Connection";
        Description = $"A connection to a list of {items ?? words}.";

        var edge = new EdgeGraphType<TNodeType>(name + "Edge", $"An edge in {Article(words)} {words} connection.");
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(ctx => ((Connection)ctx.Source!).PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(edge)))
            .Description("A list of edges.")
            .Resolve(ctx => ((Connection)ctx.Source!).Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes")
            .Description("A flattened list of the nodes.")
            .Resolve(ctx => ((Connection)ctx.Source!).Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection.")
            .ResolveAsync(async ctx => (Connection)ctx.Source! is var c && c.TotalCount is { } count
                ? count
                : await c.CountAsync());
    }

    private static string Article(string words) => "aeiou".Contains(words[0]) ? "an" : "a";

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}
