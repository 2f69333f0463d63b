using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>Declares global <c>ID</c> fields and the <c>Node</c> interface on object graph types.</summary>
public static class NodeGraphTypeExtensions
{
    /// <summary>
    /// Adds <c>id: ID!</c> (global ID of <paramref name="typeName"/> from the Guid key), implements <c>Node</c>
    /// and sets <c>IsTypeOf</c> so <c>node(id:)</c> can return <typeparamref name="TSource"/> instances.
    /// </summary>
    public static void ImplementsNode<TSource>(
        this ObjectGraphType<TSource> type, string typeName, Expression<Func<TSource, Guid>> id)
    {
        type.GlobalIdField("id", typeName, id);
        type.Interface<NodeInterfaceType>();
        type.IsTypeOf = value => value is TSource;
    }

    /// <summary>Adds a non-null global ID field, e.g. <c>projectId: ID!</c> from a foreign key.</summary>
    public static FieldBuilder<TSource, string> GlobalIdField<TSource>(
        this ObjectGraphType<TSource> type, string name, string typeName, Expression<Func<TSource, Guid>> id)
    {
        var read = id.Compile();
        return type.Field<NonNullGraphType<IdGraphType>, string>(name)
            .Resolve(ctx => GlobalId.Encode(typeName, read(ctx.Source)));
    }

    /// <summary>Adds a nullable global ID field from an optional foreign key.</summary>
    public static FieldBuilder<TSource, string?> GlobalIdField<TSource>(
        this ObjectGraphType<TSource> type, string name, string typeName, Expression<Func<TSource, Guid?>> id)
    {
        var read = id.Compile();
        return type.Field<IdGraphType, string?>(name)
            .Resolve(ctx => read(ctx.Source) is { } value ? GlobalId.Encode(typeName, value) : null);
    }
}
