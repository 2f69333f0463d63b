using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Core.GraphQL.Data;

/// <summary><c>eq neq in nin gt ngt gte ngte lt nlt lte nlte</c> over one scalar.</summary>
public abstract class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string scalarName)
    {
        Name = scalarName + "OperationFilterInput";
        Description = $"Filter operations on {scalarName} values.";
        Field<TScalar>("eq");
        Field<TScalar>("neq");
        Field<ListGraphType<TScalar>>("in");
        Field<ListGraphType<TScalar>>("nin");
        foreach (var op in new[] { "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte" })
            Field<TScalar>(op);
    }
}

public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType>("Int");

public sealed class LongOperationFilterInputType() : ComparableOperationFilterInputType<LongScalarType>("Long");

public sealed class FloatOperationFilterInputType() : ComparableOperationFilterInputType<FloatGraphType>("Float");

public sealed class DecimalOperationFilterInputType() : ComparableOperationFilterInputType<DecimalScalarType>("Decimal");

public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType<DateTimeScalarType>("DateTime");

public sealed class DateOperationFilterInputType() : ComparableOperationFilterInputType<DateScalarType>("Date");
