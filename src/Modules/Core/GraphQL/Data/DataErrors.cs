using GraphQL;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary>A <c>where:</c> value cannot be applied, e.g. <c>gt: null</c> (<c>INVALID_FILTER</c>).</summary>
public sealed class InvalidFilterError : ExecutionError
{
    public InvalidFilterError(string message)
        : base(message) => Code = "INVALID_FILTER";
}

/// <summary>An <c>order:</c> item sets no field or more than one (<c>INVALID_SORT</c>).</summary>
public sealed class InvalidSortError : ExecutionError
{
    public InvalidSortError(string message)
        : base(message) => Code = "INVALID_SORT";
}
