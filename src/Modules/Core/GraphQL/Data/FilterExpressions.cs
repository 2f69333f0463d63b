using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary>
/// Builds translatable predicate pieces. Values are wrapped in a closure-like box so EF Core sends them as
/// SQL parameters instead of inlining literals (one cached plan per query shape).
/// </summary>
internal static class FilterExpressions
{
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    /// <summary>AND of the parts; null parts constrain nothing and are dropped.</summary>
    public static Expression? All(IEnumerable<Expression?> parts) =>
        parts.Where(p => p is not null).Aggregate((Expression?)null, (acc, p) => acc is null ? p : Expression.AndAlso(acc, p!));

    /// <summary>OR of the parts; one unconstrained branch makes the whole OR unconstrained.</summary>
    public static Expression? Any(IEnumerable<Expression?> parts)
    {
        Expression? result = null;
        foreach (var part in parts)
        {
            if (part is null)
                return null;
            result = result is null ? part : Expression.OrElse(result, part);
        }
        return result;
    }

    public static Expression Equal(Expression target, object? value)
    {
        if (value is not null)
            return Expression.Equal(target, Parameter(value, target.Type));
        return IsNullable(target.Type)
            ? Expression.Equal(target, Expression.Constant(null, target.Type))
            : Expression.Constant(false);
    }

    public static Expression In(Expression target, List<object?> values)
    {
        var items = values.Where(v => v is not null || IsNullable(target.Type)).Select(v => Coerce(v, target.Type));
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(target.Type))!;
        foreach (var item in items)
            list.Add(item);
        return Expression.Call(EnumerableContains.MakeGenericMethod(target.Type), Box(list, list.GetType()), target);
    }

    public static Expression Compare(Expression target, string op, object value, bool negate)
    {
        var right = Parameter(value, target.Type);
        Expression comparison = op switch
        {
            "gt" => Expression.GreaterThan(target, right),
            "gte" => Expression.GreaterThanOrEqual(target, right),
            "lt" => Expression.LessThan(target, right),
            "lte" => Expression.LessThanOrEqual(target, right),
            _ => throw new InvalidFilterError($"'{op}' is not a comparison."),
        };
        return negate ? Expression.Not(comparison) : comparison;
    }

    public static Expression StringCall(Expression target, string op, string value, bool negate)
    {
        var method = op switch
        {
            "contains" => nameof(string.Contains),
            "startsWith" => nameof(string.StartsWith),
            "endsWith" => nameof(string.EndsWith),
            _ => throw new InvalidFilterError($"'{op}' is not a string operation."),
        };
        Expression call = Expression.Call(target, typeof(string).GetMethod(method, [typeof(string)])!, Parameter(value, typeof(string)));
        return negate ? Expression.Not(call) : call;
    }

    private static Expression Parameter(object value, Type type) => Box(Coerce(value, type), type);

    private static Expression Box(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static object? Coerce(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            return value switch
            {
                null => null,
                _ when target.IsInstanceOfType(value) => value,
                DateTime d when target == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
                DateTimeOffset d when target == typeof(DateTime) => d.UtcDateTime,
                _ when target.IsEnum => Enum.ToObject(target, value),
                _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidFilterError($"'{value}' cannot be compared with a {target.Name} value.");
        }
    }

    private sealed class ValueBox<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
