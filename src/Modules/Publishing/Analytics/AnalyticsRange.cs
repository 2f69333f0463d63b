namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>The contract's relative ranges, all ending now (UTC).</summary>
public enum RangePreset
{
    Last7D, Last30D, Last90D, Last365D, MonthToDate, YearToDate, AllTime,
}

/// <summary>Time-series bucket size; buckets are calendar-aligned in UTC (weeks start on Monday).</summary>
public enum TimeBucket
{
    Hour, Day, Week, Month,
}

/// <summary>An analytics range: <see cref="From"/> inclusive, <see cref="To"/> exclusive, both UTC.</summary>
public sealed record AnalyticsRange(DateTime From, DateTime To, RangePreset? Preset = null)
{
    /// <summary>Where <see cref="RangePreset.AllTime"/> starts: before any data this system can hold.</summary>
    public static readonly DateTime Epoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static AnalyticsRange For(RangePreset preset, DateTime now) => new(preset switch
    {
        RangePreset.Last7D => now.AddDays(-7),
        RangePreset.Last30D => now.AddDays(-30),
        RangePreset.Last90D => now.AddDays(-90),
        RangePreset.Last365D => now.AddDays(-365),
        RangePreset.MonthToDate => new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc),
        RangePreset.YearToDate => new DateTime(now.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        _ => Epoch,
    }, now, preset);

    /// <summary>A custom range, or null when it is empty or reversed.</summary>
    public static AnalyticsRange? Custom(DateTime from, DateTime to) =>
        from < to ? new AnalyticsRange(DateTime.SpecifyKind(from, DateTimeKind.Utc), DateTime.SpecifyKind(to, DateTimeKind.Utc)) : null;

    public bool Contains(DateTime instant) => instant >= From && instant < To;
}

public static class TimeBuckets
{
    /// <summary>More buckets than this in one timeline is a client error (use a bigger interval).</summary>
    public const int MaxBuckets = 5000;

    public static DateTime Start(DateTime instant, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Hour => new DateTime(instant.Year, instant.Month, instant.Day, instant.Hour, 0, 0, DateTimeKind.Utc),
        TimeBucket.Day => instant.Date.ToUniversalKind(),
        TimeBucket.Week => instant.Date.AddDays(-(((int)instant.DayOfWeek + 6) % 7)).ToUniversalKind(),
        _ => new DateTime(instant.Year, instant.Month, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    public static DateTime Next(DateTime start, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Hour => start.AddHours(1),
        TimeBucket.Day => start.AddDays(1),
        TimeBucket.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    /// <summary>Bucket starts covering [from, to); the first may begin before <paramref name="from"/>.</summary>
    public static IReadOnlyList<DateTime> Starts(DateTime from, DateTime to, TimeBucket bucket)
    {
        var starts = new List<DateTime>();
        for (var at = Start(from, bucket); at < to; at = Next(at, bucket))
        {
            if (starts.Count == MaxBuckets) throw new TooManyBucketsException(bucket);
            starts.Add(at);
        }
        return starts;
    }

    private static DateTime ToUniversalKind(this DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <summary>A timeline would have more than <see cref="TimeBuckets.MaxBuckets"/> buckets (<c>RANGE_TOO_LARGE</c>).</summary>
public sealed class TooManyBucketsException : global::GraphQL.ExecutionError
{
    public TooManyBucketsException(TimeBucket bucket)
        : base($"The range has more than {TimeBuckets.MaxBuckets} {bucket.ToString().ToLowerInvariant()} buckets; choose a bigger interval or a shorter range.") =>
        Code = "RANGE_TOO_LARGE";
}
