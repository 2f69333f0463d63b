using System.Linq.Expressions;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary>
/// A HotChocolate-style <c>where:</c> input for <typeparamref name="T"/> (<c>and</c>, <c>or</c> and one operation
/// input per declared field). Only fields declared here are filterable, so JSON and secret columns never are.
/// Set <c>Name</c> (e.g. <c>ProjectFilterInput</c>) and <c>Description</c>, then declare fields; a property
/// expression may be a path such as <c>x => x.Project.OwnerId</c>.
/// </summary>
public abstract class FilterInputType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, FilterField> _fields = new(StringComparer.Ordinal);

    protected FilterInputType()
    {
        // Self-reference by CLR type: the schema resolves it to this same instance.
        var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        Field("and", self);
        Field("or", self);
    }

    /// <summary>A global-ID filter (<c>IdOperationFilterInput</c>); IDs of another type fail with <c>INVALID_ID</c>.</summary>
    protected void IdField(string name, string typeName, Expression<Func<T, Guid?>> property) =>
        Add<IdOperationFilterInputType>(name, property, FilterKind.Equality,
            value => GlobalId.DecodeFor(typeName, value as string ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)));

    protected void StringField(string name, Expression<Func<T, string?>> property) =>
        Add<StringOperationFilterInputType>(name, property, FilterKind.String);

    protected void UuidField(string name, Expression<Func<T, Guid?>> property) =>
        Add<UuidOperationFilterInputType>(name, property, FilterKind.Equality);

    protected void BooleanField(string name, Expression<Func<T, bool?>> property) =>
        Add<BooleanOperationFilterInputType>(name, property, FilterKind.Equality);

    protected void IntField(string name, Expression<Func<T, int?>> property) =>
        Add<IntOperationFilterInputType>(name, property, FilterKind.Comparable);

    protected void LongField(string name, Expression<Func<T, long?>> property) =>
        Add<LongOperationFilterInputType>(name, property, FilterKind.Comparable);

    protected void FloatField(string name, Expression<Func<T, double?>> property) =>
        Add<FloatOperationFilterInputType>(name, property, FilterKind.Comparable);

    /// <summary>A <c>Decimal</c> filter; on SQLite see the entity conventions in the Data README.</summary>
    protected void DecimalField(string name, Expression<Func<T, decimal?>> property) =>
        Add<DecimalOperationFilterInputType>(name, property, FilterKind.Comparable);

    /// <summary>A <c>DateTime</c> filter over a UTC <see cref="DateTime"/> property (or <see cref="DateTimeOffset"/> on PostgreSQL only).</summary>
    protected void DateTimeField(string name, Expression<Func<T, DateTime?>> property) =>
        Add<DateTimeOperationFilterInputType>(name, property, FilterKind.Comparable);

    /// <inheritdoc cref="DateTimeField(string, Expression{Func{T, DateTime?}})"/>
    protected void DateTimeField(string name, Expression<Func<T, DateTimeOffset?>> property) =>
        Add<DateTimeOperationFilterInputType>(name, property, FilterKind.Comparable);

    protected void DateField(string name, Expression<Func<T, DateOnly?>> property) =>
        Add<DateOperationFilterInputType>(name, property, FilterKind.Comparable);

    /// <summary>An enum filter named <c>&lt;EnumName&gt;OperationFilterInput</c> after <typeparamref name="TEnumType"/>.</summary>
    protected void EnumField<TEnumType, TEnum>(string name, Expression<Func<T, TEnum?>> property)
        where TEnumType : EnumerationGraphType, new()
        where TEnum : struct, Enum =>
        Add<EnumOperationFilterInputType<TEnumType>>(name, property, FilterKind.Equality);

    /// <summary>Turns a parsed <c>where:</c> value into a predicate; null when it constrains nothing.</summary>
    public Expression<Func<T, bool>>? ToPredicate(IDictionary<string, object?>? where)
    {
        if (where is null)
            return null;
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Build(where, parameter);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private Expression? Build(IDictionary<string, object?> where, ParameterExpression parameter)
    {
        var parts = new List<Expression?>();
        foreach (var (key, value) in where)
        {
            if (value is null)
                continue;
            parts.Add(key switch
            {
                "and" => FilterExpressions.All(Nested(value).Select(w => Build(w, parameter))),
                "or" => FilterExpressions.Any(Nested(value).Select(w => Build(w, parameter))),
                _ => _fields[key].Build(parameter, (IDictionary<string, object?>)value),
            });
        }
        return FilterExpressions.All(parts);
    }

    private static IEnumerable<IDictionary<string, object?>> Nested(object value) =>
        ((IEnumerable<object?>)value).Cast<IDictionary<string, object?>>();

    private void Add<TOperationType>(
        string name, LambdaExpression property, FilterKind kind, Func<object?, object?>? parse = null)
        where TOperationType : IGraphType
    {
        Field<TOperationType>(name);
        _fields.Add(name, new FilterField(name, property, kind, parse));
    }
}
