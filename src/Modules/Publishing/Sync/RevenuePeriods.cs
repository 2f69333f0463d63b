namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>
/// Periods a revenue sync asks for when none is given: whole calendar months (UTC), so a daily re-sync of the same
/// month updates one record per publication and source instead of adding overlapping ones. The current month is
/// asked for whole (the platform reports it to date); in the first <c>settleDays</c> of a month the previous month is
/// asked again too, since platforms finalize a day's revenue a few days late.
/// </summary>
internal static class RevenuePeriods
{
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Default(DateOnly today, int settleDays)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var current = (month, month.AddMonths(1).AddDays(-1));
        if (today.Day > settleDays) return [current];
        var previous = month.AddMonths(-1);
        return [(previous, month.AddDays(-1)), current];
    }
}
