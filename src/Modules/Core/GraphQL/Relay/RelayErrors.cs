using GraphQL;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>A global ID argument is malformed or names another type (<c>INVALID_ID</c>).</summary>
public sealed class InvalidIdError : ExecutionError
{
    public InvalidIdError(string expectedTypeName, string? value)
        : base($"'{value}' is not a valid {expectedTypeName} ID.") => Code = "INVALID_ID";
}

/// <summary>An <c>after</c>/<c>before</c> cursor was not issued by this server (<c>INVALID_CURSOR</c>).</summary>
public sealed class InvalidCursorError : ExecutionError
{
    public InvalidCursorError(string argument, string? value)
        : base($"'{value}' is not a valid cursor for '{argument}'.") => Code = "INVALID_CURSOR";
}

/// <summary><c>first</c>/<c>last</c> (or <c>nodes(ids:)</c>) is negative or above the maximum (<c>INVALID_PAGING_ARGUMENT</c>).</summary>
public sealed class InvalidPagingArgumentError : ExecutionError
{
    public InvalidPagingArgumentError(string message)
        : base(message) => Code = "INVALID_PAGING_ARGUMENT";
}
