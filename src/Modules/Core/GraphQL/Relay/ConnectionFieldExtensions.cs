using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>Adds HotChocolate <c>[UsePaging]</c>-style connection fields to root or object types.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds <c>name(first, after, last, before): {Connection}</c> resolving <paramref name="resolve"/>'s queryable
    /// (filtered by the parent for nested fields, e.g. <c>ctx =&gt; db.Jobs.Where(j =&gt; j.ProjectId == ctx.As&lt;Project&gt;().Source.Id)</c>).
    /// Chain <see cref="ConnectionField{TSource}.Filter{TFilter}"/> and <see cref="ConnectionField{TSource}.Sort{TSort}"/>
    /// for <c>where</c>/<c>order</c>. Filtering, ordering, COUNT and paging all run in the database.
    /// </summary>
    /// <typeparam name="TConnectionType">The connection subclass, e.g. <c>JobsConnectionType</c>.</typeparam>
    /// <typeparam name="TSource">The entity type.</typeparam>
    /// <param name="key">Unique key appended as the last ORDER BY term so offsets are stable, e.g. <c>x =&gt; x.Id</c>.</param>
    public static ConnectionField<TSource> Connection<TConnectionType, TSource>(
        this IComplexGraphType parent,
        string name,
        Func<IResolveFieldContext, IQueryable<TSource>> resolve,
        Expression<Func<TSource, object?>> key)
        where TConnectionType : IGraphType
    {
        var field = new FieldType
        {
            Name = name,
            Type = typeof(TConnectionType),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = "Returns the first _n_ elements from the list." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the elements in the list that come after the specified cursor." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Returns the last _n_ elements from the list." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the elements in the list that come before the specified cursor." }),
            Resolver = new ConnectionResolver<TSource>(resolve, key),
        };
        parent.AddField(field);
        return new ConnectionField<TSource>(field);
    }
}
