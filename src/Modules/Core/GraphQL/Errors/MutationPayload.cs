using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Errors;

/// <summary>What a mutation resolver returns: its result, or the expected failures that prevented it.</summary>
public sealed record MutationPayload(object? Result, IReadOnlyList<IMutationError>? Errors = null)
{
    public static MutationPayload Ok(object? result) => new(result);

    public static MutationPayload Fail(params IMutationError[] errors) => new(null, errors);
}

/// <summary>
/// <c>XPayload { result: T, errors: [XError!] }</c> per HotChocolate's mutation conventions. Subclasses only name it.
/// </summary>
public abstract class PayloadGraphType<TResultGraphType, TErrorUnion> : ObjectGraphType<MutationPayload>
    where TResultGraphType : IGraphType where TErrorUnion : ErrorUnionType
{
    protected PayloadGraphType(string mutationName, string resultField)
    {
        Name = char.ToUpperInvariant(mutationName[0]) + mutationName[1..] + "Payload";
        Description = $"Payload of `{mutationName}`.";
        Field<TResultGraphType>(resultField).Resolve(c => c.Source.Result);
        Field<ListGraphType<NonNullGraphType<TErrorUnion>>>("errors").Resolve(c => c.Source.Errors);
    }
}
