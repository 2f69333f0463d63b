using System.Linq.Expressions;
using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary>
/// A HotChocolate-style <c>order: [XSortInput!]</c> input for <typeparamref name="T"/>: set <c>Name</c> and
/// <c>Description</c>, declare fields with <see cref="SortField"/> and optionally a <see cref="DefaultOrder"/>
/// used when the client gives none. Each list item must set exactly one field.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, LambdaExpression> _fields = new(StringComparer.Ordinal);
    private readonly List<SortClause> _defaults = [];

    /// <summary>Declares a sortable field reading <paramref name="property"/> (a path is allowed).</summary>
    protected void SortField<TValue>(string name, Expression<Func<T, TValue>> property)
    {
        Field<SortEnumGraphType>(name);
        _fields.Add(name, property);
    }

    /// <summary>Appends a clause to the order used when <c>order:</c> is absent or empty (before the key tiebreak).</summary>
    protected void DefaultOrder<TValue>(Expression<Func<T, TValue>> property, SortDirection direction) =>
        _defaults.Add(new SortClause(property, direction));

    /// <summary>Parses a parsed <c>order:</c> value into clauses, or the defaults when it is null or empty.</summary>
    public IReadOnlyList<SortClause> ToClauses(IEnumerable<object?>? order)
    {
        var clauses = new List<SortClause>();
        foreach (var item in order ?? [])
        {
            var set = ((IDictionary<string, object?>)item!).Where(p => p.Value is not null).ToList();
            if (set.Count != 1)
                throw new InvalidSortError($"Each '{Name}' item must set exactly one field; this one sets {set.Count}.");
            clauses.Add(new SortClause(_fields[set[0].Key], (SortDirection)set[0].Value!));
        }
        return clauses.Count > 0 ? clauses : _defaults;
    }
}

/// <summary>One ORDER BY term.</summary>
public sealed record SortClause(LambdaExpression Property, SortDirection Direction);
