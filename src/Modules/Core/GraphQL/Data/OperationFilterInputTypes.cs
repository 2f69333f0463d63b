using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary><c>StringOperationFilterInput</c>.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Filter operations on String values.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or");
        Field<StringGraphType>("eq");
        Field<StringGraphType>("neq");
        Field<StringGraphType>("contains");
        Field<StringGraphType>("ncontains");
        Field<ListGraphType<StringGraphType>>("in");
        Field<ListGraphType<StringGraphType>>("nin");
        Field<StringGraphType>("startsWith");
        Field<StringGraphType>("nstartsWith");
        Field<StringGraphType>("endsWith");
        Field<StringGraphType>("nendsWith");
    }
}

/// <summary><c>eq neq in nin</c> over one scalar; the base of the ID, UUID and enum filters.</summary>
public abstract class EqualityOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : IGraphType
{
    protected EqualityOperationFilterInputType(string name, string description, bool nonNullItems = false)
    {
        Name = name;
        Description = description;
        Field<TScalar>("eq");
        Field<TScalar>("neq");
        if (nonNullItems)
        {
            Field<ListGraphType<NonNullGraphType<TScalar>>>("in");
            Field<ListGraphType<NonNullGraphType<TScalar>>>("nin");
        }
        else
        {
            Field<ListGraphType<TScalar>>("in");
            Field<ListGraphType<TScalar>>("nin");
        }
    }
}

/// <summary><c>IdOperationFilterInput</c>: global IDs, decoded for the field's entity type.</summary>
public sealed class IdOperationFilterInputType()
    : EqualityOperationFilterInputType<IdGraphType>("IdOperationFilterInput", "Filter operations on Id values.");

/// <summary><c>UuidOperationFilterInput</c>.</summary>
public sealed class UuidOperationFilterInputType()
    : EqualityOperationFilterInputType<UuidScalarType>("UuidOperationFilterInput", "Filter operations on Uuid values.");

/// <summary><c>&lt;Enum&gt;OperationFilterInput</c> for any enum graph type.</summary>
public sealed class EnumOperationFilterInputType<TEnumType>()
    : EqualityOperationFilterInputType<TEnumType>(
        new TEnumType().Name + "OperationFilterInput", $"Filter operations on {new TEnumType().Name} values.", nonNullItems: true)
    where TEnumType : EnumerationGraphType, new();

/// <summary><c>BooleanOperationFilterInput</c>.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Filter operations on Boolean values.";
        Field<BooleanGraphType>("eq");
        Field<BooleanGraphType>("neq");
    }
}
