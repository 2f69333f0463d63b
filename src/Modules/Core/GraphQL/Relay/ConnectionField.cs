using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>Configures a connection field added by <see cref="ConnectionFieldExtensions.Connection{TConnectionType, TSource}"/>.</summary>
public sealed class ConnectionField<TSource>
{
    internal ConnectionField(FieldType field) => FieldType = field;

    /// <summary>The underlying field, e.g. for authorization metadata.</summary>
    public FieldType FieldType { get; }

    public ConnectionField<TSource> Description(string description)
    {
        FieldType.Description = description;
        return this;
    }

    /// <summary>Adds <c>where: {TFilter}</c>.</summary>
    public ConnectionField<TSource> Filter<TFilter>()
        where TFilter : FilterInputType<TSource>
    {
        FieldType.Arguments!.Add(new QueryArgument<TFilter> { Name = "where" });
        return this;
    }

    /// <summary>Adds <c>order: [{TSort}!]</c>; its default order applies when the argument is absent.</summary>
    public ConnectionField<TSource> Sort<TSort>()
        where TSort : SortInputType<TSource>
    {
        FieldType.Arguments!.Add(new QueryArgument<ListGraphType<NonNullGraphType<TSort>>> { Name = "order" });
        return this;
    }
}
