using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Analytics;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

/// <summary>The <c>range</c>, <c>interval</c> and <c>metric</c> arguments of the analytics fields and their parsing.</summary>
internal static class AnalyticsArguments
{
    private static Dictionary<string, object?> Last30Days => new() { ["preset"] = "LAST_30D" };

    public static FieldBuilder<TSource, TReturn> RangeArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<NonNullGraphType<DateRangeInputType>>("range", a => a.DefaultValue = Last30Days);

    public static FieldBuilder<TSource, TReturn> IntervalArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string defaultValue) =>
        field.Argument<NonNullGraphType<TimeIntervalType>>("interval", a => a.DefaultValue = defaultValue);

    public static FieldBuilder<TSource, TReturn> CurrencyArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<StringGraphType>("currency", "Also convert every amount into this ISO 4217 currency (e.g. THB, USD) with the stored exchange rates; see `FinanceReport.converted`.");

    /// <summary>The <c>range</c> argument resolved against now; a custom range must have from before to.</summary>
    public static AnalyticsRange Range(IResolveFieldContext context)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("range") ?? Last30Days;
        if (input.GetValueOrDefault("custom") is Dictionary<string, object?> custom)
        {
            var (from, to) = ((DateTime)custom["from"]!, (DateTime)custom["to"]!);
            return AnalyticsRange.Custom(from, to) ?? throw new InvalidDateRangeError(from, to);
        }
        return AnalyticsRange.For(Preset(input.GetValueOrDefault("preset") as string ?? "LAST_30D"), DateTime.UtcNow);
    }

    /// <summary>
    /// The <c>interval</c> of each <paramref name="field"/> sub-field the request selects under this field (aliases
    /// included); one that cannot be read is left out (it is then read when that field resolves).
    /// </summary>
    public static IReadOnlyList<TimeBucket> SelectedIntervals(IResolveFieldContext context, string field)
    {
        var buckets = new List<TimeBucket>();
        foreach (var (ast, type) in context.SubFields?.Values ?? Enumerable.Empty<(GraphQLParser.AST.GraphQLField, FieldType)>())
        {
            if (ast.Name.StringValue != field || type.Arguments is null) continue;
            var arguments = global::GraphQL.Execution.ExecutionHelper.GetArguments(type.Arguments, ast.Arguments, context.Variables, context.Document, ast, null);
            if (arguments?.TryGetValue("interval", out var interval) == true
                && Enum.TryParse<TimeBucket>(Convert.ToString(interval.Value, System.Globalization.CultureInfo.InvariantCulture), true, out var bucket))
                buckets.Add(bucket);
        }
        return buckets;
    }

    /// <summary>Whether the request selects any of <paramref name="fields"/> under this field.</summary>
    public static bool Selects(IResolveFieldContext context, params string[] fields) =>
        context.SubFields?.Values.Any(f => fields.Contains(f.Field.Name.StringValue)) == true;

    public static TimeBucket Interval(IResolveFieldContext context, string name = "interval") =>
        Enum.Parse<TimeBucket>(context.GetArgument<string>(name), ignoreCase: true);

    public static RankingMetric Metric(IResolveFieldContext context) =>
        Enum.Parse<RankingMetric>(context.GetArgument<string>("metric").Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    /// <summary>The target currency, or null; a malformed code is an INVALID_CURRENCY error.</summary>
    public static string? Currency(IResolveFieldContext context)
    {
        var currency = context.GetArgument<string?>("currency");
        return currency is null || SetExchangeRateHandler.CurrencyCode().IsMatch(currency)
            ? currency
            : throw new ExecutionError($"'{currency}' is not an ISO 4217 currency code of 3 upper-case letters.") { Code = "INVALID_CURRENCY" };
    }

    public static string PresetName(RangePreset preset) => preset switch
    {
        RangePreset.Last7D => "LAST_7D",
        RangePreset.Last30D => "LAST_30D",
        RangePreset.Last90D => "LAST_90D",
        RangePreset.Last365D => "LAST_365D",
        RangePreset.MonthToDate => "MONTH_TO_DATE",
        RangePreset.YearToDate => "YEAR_TO_DATE",
        _ => "ALL_TIME",
    };

    private static RangePreset Preset(string name) => Enum.GetValues<RangePreset>().First(p => PresetName(p) == name);

    /// <summary>The id of an optional global ID argument naming <paramref name="typeName"/> (INVALID_ID otherwise).</summary>
    public static Guid? OptionalId(IResolveFieldContext context, string argument, string typeName) =>
        context.GetArgument<string?>(argument) is { } value ? GlobalId.DecodeFor(typeName, value) : null;
}

/// <summary>A custom range whose <c>from</c> is not before its <c>to</c> (<c>INVALID_DATE_RANGE</c>).</summary>
internal sealed class InvalidDateRangeError : ExecutionError
{
    public InvalidDateRangeError(DateTime from, DateTime to)
        : base($"The range must have 'from' before 'to' (got {from:O} to {to:O}).") => Code = "INVALID_DATE_RANGE";
}

/// <summary>An entity id argument that does not exist or is not the caller's (<c>NOT_FOUND</c>).</summary>
internal sealed class EntityNotFoundError : ExecutionError
{
    public EntityNotFoundError(string typeName, string? id) : base($"{typeName} '{id}' was not found.") => Code = "NOT_FOUND";
}
