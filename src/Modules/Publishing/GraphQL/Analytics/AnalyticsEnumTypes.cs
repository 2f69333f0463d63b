using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

internal sealed class DateRangePresetType() : NamedEnumType("DateRangePreset", "Relative analytics range ending now.",
    "LAST_7D", "LAST_30D", "LAST_90D", "LAST_365D", "MONTH_TO_DATE", "YEAR_TO_DATE", "ALL_TIME");

internal sealed class TimeIntervalType() : NamedEnumType("TimeInterval", "Time-series bucket size (calendar-aligned in UTC, weeks start on Monday).",
    "HOUR", "DAY", "WEEK", "MONTH");

internal sealed class PerformanceMetricType() : NamedEnumType("PerformanceMetric", "Metric used for rankings.",
    "VIEWS", "LIKES", "COMMENTS", "SHARES", "WATCH_TIME", "CTR", "ENGAGEMENT_RATE", "ESTIMATED_REVENUE");
