namespace MediaCreator.Modules.Core.GraphQL.Errors;

/// <summary>An expected failure of a mutation, returned in its payload's <c>errors</c> list.</summary>
public interface IMutationError
{
    string Message { get; }
}

public sealed record ValidationError(string Message, string Field, string Code) : IMutationError;

/// <param name="Id">The global id the caller sent, when there was one.</param>
public sealed record NotFoundError(string Message, string? Id, string TypeName) : IMutationError
{
    public static NotFoundError For(string typeName, string? id) => new($"{typeName} '{id}' was not found.", id, typeName);
}

public sealed record InvalidStateError(string Message, string CurrentState, IReadOnlyList<string> AllowedStates) : IMutationError;

public sealed record ConflictError(string Message, string? ConflictingId) : IMutationError;

public sealed record BudgetExceededError(string Message, string ProjectId, Costs.Money Budget, Costs.Money Spent, Costs.Money EstimatedCost) : IMutationError;

public sealed record ProviderUnavailableError(string Message, string Provider, string Capability) : IMutationError;
