using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>An edge (<c>cursor</c>, non-null <c>node</c>); created and owned by its <see cref="ConnectionGraphType{TNodeType}"/>.</summary>
public sealed class EdgeGraphType<TNodeType> : ObjectGraphType
    where TNodeType : IGraphType
{
    internal EdgeGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ((Edge)ctx.Source!).Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ((Edge)ctx.Source!).Node);
    }
}
