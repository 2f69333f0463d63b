using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>Replaces GraphQL.NET's <c>Decimal</c> (same name) to carry the contract's description.</summary>
public sealed class DecimalScalarType : DecimalGraphType
{
    public DecimalScalarType()
    {
        Name = "Decimal";
        Description = "Exact decimal number, serialized as a JSON number. Used for money amounts.";
    }
}
