using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary>Applies a field's <c>where</c> and <c>order</c> arguments to a queryable (plain lists and connections alike).</summary>
public static class FilterSortArguments
{
    public static IOrderedQueryable<T> FilterAndSort<T>(this IQueryable<T> query, IResolveFieldContext context, LambdaExpression key) =>
        query.Filter(context).Sort(context, key);

    /// <summary>Applies <c>where</c> when the field declares it and the caller set it.</summary>
    public static IQueryable<T> Filter<T>(this IQueryable<T> query, IResolveFieldContext context) =>
        Argument<FilterInputType<T>>(context, "where") is { } filter
        && filter.ToPredicate(Value(context, "where") as IDictionary<string, object?>) is { } predicate
            ? query.Where(predicate)
            : query;

    /// <summary>Orders by <c>order</c> (or the sort type's default), then by <paramref name="key"/> for a stable order.</summary>
    public static IOrderedQueryable<T> Sort<T>(this IQueryable<T> query, IResolveFieldContext context, LambdaExpression key)
    {
        var clauses = Argument<SortInputType<T>>(context, "order") is { } sort
            ? sort.ToClauses(Value(context, "order") as IEnumerable<object?>)
            : [];
        return query.OrderBy(clauses, key);
    }

    private static TType? Argument<TType>(IResolveFieldContext context, string name) where TType : class, IGraphType =>
        context.FieldDefinition.Arguments?.Find(name)?.ResolvedType?.GetNamedType() as TType;

    private static object? Value(IResolveFieldContext context, string name) =>
        context.Arguments?.TryGetValue(name, out var argument) == true ? argument.Value : null;
}
