using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>Points CLR types inferred from expressions (<c>Field(x => x.OwnerId)</c>) at the contract's scalars.</summary>
internal sealed class ScalarTypeMappings : IGraphTypeMappingProvider
{
    private static readonly Dictionary<Type, Type> Map = new()
    {
        [typeof(Guid)] = typeof(UuidScalarType),
        [typeof(Uri)] = typeof(UrlScalarType),
        [typeof(DateOnly)] = typeof(DateScalarType),
        [typeof(DateTime)] = typeof(DateTimeScalarType),
        [typeof(DateTimeOffset)] = typeof(DateTimeScalarType),
        [typeof(decimal)] = typeof(DecimalScalarType),
        [typeof(long)] = typeof(LongScalarType),
        [typeof(JsonElement)] = typeof(JsonScalarType),
        [typeof(JsonDocument)] = typeof(JsonScalarType),
        [typeof(JsonNode)] = typeof(JsonScalarType),
        [typeof(JsonObject)] = typeof(JsonScalarType),
    };

    public Type? GetGraphTypeFromClrType(Type clrType, bool isInputType, Type? preferredGraphType) =>
        Map.TryGetValue(clrType, out var graphType) ? graphType : preferredGraphType;
}
