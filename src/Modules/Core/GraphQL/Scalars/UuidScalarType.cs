using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>The <c>UUID</c> scalar (<see cref="Guid"/>), for raw auth user ids, event ids and idempotency keys.</summary>
public sealed class UuidScalarType : GuidGraphType
{
    public UuidScalarType()
    {
        Name = "UUID";
        Description = "A UUID (RFC 4122). Used for raw user ids from the auth provider, event ids and idempotency keys; entities use global `ID`s.";
    }
}
