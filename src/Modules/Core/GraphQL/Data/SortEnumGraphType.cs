using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary>Sort direction of one <c>order:</c> item.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>The shared <c>SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "Sort direction used by all `...SortInput` types.";
        Add("ASC", SortDirection.Ascending);
        Add("DESC", SortDirection.Descending);
    }
}
