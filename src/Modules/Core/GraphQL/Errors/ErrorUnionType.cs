using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Errors;

/// <summary>
/// The <c>XError</c> union of a mutation payload (HotChocolate mutation conventions): the error types the
/// mutation can return. Members resolve by CLR type.
/// </summary>
public abstract class ErrorUnionType : UnionGraphType
{
    protected ErrorUnionType(string mutationName, params Type[] errorGraphTypes)
    {
        Name = char.ToUpperInvariant(mutationName[0]) + mutationName[1..] + "Error";
        Description = $"Errors of `{mutationName}`.";
        foreach (var type in errorGraphTypes) Type(type);
        ResolveType = value => value switch
        {
            ValidationError => PossibleTypes.FirstOrDefault(t => t.Name == "ValidationError"),
            NotFoundError => PossibleTypes.FirstOrDefault(t => t.Name == "NotFoundError"),
            InvalidStateError => PossibleTypes.FirstOrDefault(t => t.Name == "InvalidStateError"),
            ConflictError => PossibleTypes.FirstOrDefault(t => t.Name == "ConflictError"),
            BudgetExceededError => PossibleTypes.FirstOrDefault(t => t.Name == "BudgetExceededError"),
            ProviderUnavailableError => PossibleTypes.FirstOrDefault(t => t.Name == "ProviderUnavailableError"),
            _ => PossibleTypes.FirstOrDefault(t => t.IsTypeOf?.Invoke(value) == true),
        };
    }
}
