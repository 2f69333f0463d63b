using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>The <c>Date</c> scalar (<see cref="DateOnly"/>, <c>yyyy-MM-dd</c>), for DATE columns.</summary>
public sealed class DateScalarType : DateOnlyGraphType
{
    public DateScalarType()
    {
        Name = "Date";
        Description = "The `Date` scalar represents an ISO-8601 compliant date type (no time).";
    }
}
