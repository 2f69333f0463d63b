using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>Replaces GraphQL.NET's <c>Long</c> (same name) to carry the contract's description.</summary>
public sealed class LongScalarType : LongGraphType
{
    public LongScalarType()
    {
        Name = "Long";
        Description = "Signed 64-bit integer. Used for byte sizes and aggregated counters.";
    }
}
