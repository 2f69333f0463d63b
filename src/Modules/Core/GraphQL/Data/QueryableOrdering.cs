using System.Linq.Expressions;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary>Applies sort clauses as OrderBy/ThenBy on the expression tree, so the database does the sorting.</summary>
public static class QueryableOrdering
{
    /// <summary>
    /// Orders by <paramref name="clauses"/> in list order, then by <paramref name="key"/> ascending, which makes
    /// offsets (and so cursors) stable when the clauses tie.
    /// </summary>
    public static IOrderedQueryable<T> OrderBy<T>(
        this IQueryable<T> query, IEnumerable<SortClause> clauses, LambdaExpression key)
    {
        var expression = query.Expression;
        var first = true;
        foreach (var clause in clauses.Append(new SortClause(key, SortDirection.Ascending)))
        {
            var method = (first, clause.Direction) switch
            {
                (true, SortDirection.Ascending) => nameof(Queryable.OrderBy),
                (true, _) => nameof(Queryable.OrderByDescending),
                (false, SortDirection.Ascending) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            var lambda = StripBoxing(clause.Property);
            expression = Expression.Call(
                typeof(Queryable), method, [typeof(T), lambda.ReturnType], expression, Expression.Quote(lambda));
            first = false;
        }
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(expression);
    }

    // Func<T, object> selectors box value types; EF cannot order by the boxed object.
    private static LambdaExpression StripBoxing(LambdaExpression lambda) =>
        lambda.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert && lambda.ReturnType == typeof(object)
            ? Expression.Lambda(convert.Operand, lambda.Parameters)
            : lambda;
}
