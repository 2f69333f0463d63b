using GraphQL;
using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>
/// The root <c>node(id:)</c> and <c>nodes(ids:)</c> fields. Unknown types, malformed IDs and invisible entities
/// all resolve to null, so the fields never reveal whether something exists.
/// </summary>
internal sealed class NodeQueryFields : IQueryFields
{
    public const int MaxNodes = 50;

    private readonly Dictionary<string, INodeResolver> _resolvers;

    public NodeQueryFields(IEnumerable<INodeResolver> resolvers)
    {
        _resolvers = new(StringComparer.Ordinal);
        foreach (var resolver in resolvers)
        {
            if (!_resolvers.TryAdd(resolver.TypeName, resolver))
                throw new InvalidOperationException($"Two node resolvers are registered for '{resolver.TypeName}'.");
        }
    }

    public void AddTo(ObjectGraphType root)
    {
        root.Field<NodeInterfaceType>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .ResolveAsync(ctx => ResolveAsync(ctx, ctx.GetArgument<string>("id")));

        root.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description("Lookup nodes by a list of IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                    throw new InvalidPagingArgumentError($"'nodes' accepts at most {MaxNodes} ids.");
                var result = new List<object?>(ids.Count);
                // Sequential on purpose: resolvers share the request's scoped DbContext.
                foreach (var id in ids)
                    result.Add(await ResolveAsync(ctx, id));
                return result;
            });
    }

    private async Task<object?> ResolveAsync(IResolveFieldContext ctx, string? value)
    {
        if (!GlobalId.TryDecode(value, out var typeName, out var id) || !_resolvers.TryGetValue(typeName, out var resolver))
            return null;
        var services = ctx.RequestServices ?? throw new InvalidOperationException("node requires request services.");
        return await resolver.ResolveAsync(services, id, ctx.CancellationToken);
    }
}
