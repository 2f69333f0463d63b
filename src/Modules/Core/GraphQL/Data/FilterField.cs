using System.Linq.Expressions;

namespace MediaCreator.Modules.Core.GraphQL.Data;

internal enum FilterKind { Equality, Comparable, String }

/// <summary>One declared <c>where:</c> field: the property it reads and the operations its input allows.</summary>
internal sealed class FilterField(string name, LambdaExpression property, FilterKind kind, Func<object?, object?>? parse)
{
    private readonly LambdaExpression _property = Unwrap(property);

    public Expression? Build(ParameterExpression parameter, IDictionary<string, object?> operations)
    {
        var target = new ParameterReplacer(_property.Parameters[0], parameter).Visit(_property.Body);
        return Build(target, operations);
    }

    private Expression? Build(Expression target, IDictionary<string, object?> operations)
    {
        var parts = new List<Expression?>();
        foreach (var (op, value) in operations)
        {
            parts.Add(op switch
            {
                "and" => FilterExpressions.All(Nested(value).Select(o => Build(target, o))),
                "or" => FilterExpressions.Any(Nested(value).Select(o => Build(target, o))),
                "eq" => FilterExpressions.Equal(target, Parse(value)),
                "neq" => Expression.Not(FilterExpressions.Equal(target, Parse(value))),
                "in" => FilterExpressions.In(target, List(op, value)),
                "nin" => Expression.Not(FilterExpressions.In(target, List(op, value))),
                _ => kind switch
                {
                    FilterKind.Comparable => FilterExpressions.Compare(target, Negated(op), Required(op, value), op[0] == 'n'),
                    FilterKind.String => FilterExpressions.StringCall(target, Negated(op), (string)Required(op, value), op[0] == 'n'),
                    _ => throw new InvalidFilterError($"'{op}' is not an operation of '{name}'."),
                },
            });
        }
        return FilterExpressions.All(parts);
    }

    // ncontains → contains, ngte → gte; "neq"/"nin" are handled before this point.
    private static string Negated(string op) => op[0] == 'n' ? char.ToLowerInvariant(op[1]) + op[2..] : op;

    private object? Parse(object? value) => value is null || parse is null ? value : parse(value);

    private object Required(string op, object? value) =>
        Parse(value) ?? throw new InvalidFilterError($"'{op}' on '{name}' does not accept null.");

    private List<object?> List(string op, object? value) => value is IEnumerable<object?> items
        ? items.Select(Parse).ToList()
        : throw new InvalidFilterError($"'{op}' on '{name}' does not accept null.");

    private static IEnumerable<IDictionary<string, object?>> Nested(object? value) =>
        ((IEnumerable<object?>?)value ?? []).Cast<IDictionary<string, object?>>();

    // The field helpers take Func<T, TValue?>, so a non-nullable property arrives wrapped in a Convert.
    private static LambdaExpression Unwrap(LambdaExpression lambda) =>
        lambda.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert
            ? Expression.Lambda(convert.Operand, lambda.Parameters)
            : lambda;
}

internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
