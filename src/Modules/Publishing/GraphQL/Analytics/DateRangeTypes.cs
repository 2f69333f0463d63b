using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Publishing.Analytics;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

internal sealed class DateRangeInputType : InputObjectGraphType
{
    public DateRangeInputType()
    {
        Name = "DateRangeInput";
        Description = "A preset or an absolute range.";
        IsOneOf = true;
        Field<DateRangePresetType>("preset");
        Field<CustomDateRangeInputType>("custom");
    }
}

internal sealed class CustomDateRangeInputType : InputObjectGraphType
{
    public CustomDateRangeInputType()
    {
        Name = "CustomDateRangeInput";
        Description = "Absolute range: `from` inclusive, `to` exclusive.";
        Field<NonNullGraphType<DateTimeScalarType>>("from");
        Field<NonNullGraphType<DateTimeScalarType>>("to");
    }
}

internal sealed class DateRangeType : ObjectGraphType<AnalyticsRange>
{
    public DateRangeType()
    {
        Name = "DateRange";
        Description = "A resolved date range.";
        Field<NonNullGraphType<DateTimeScalarType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeScalarType>>("to").Resolve(c => c.Source.To);
        Field<DateRangePresetType>("preset").Description("Preset the range was resolved from, if any.")
            .Resolve(c => c.Source.Preset is { } p ? AnalyticsArguments.PresetName(p) : null);
    }
}
