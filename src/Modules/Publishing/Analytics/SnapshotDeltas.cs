using System.Data.Common;
using System.Globalization;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>
/// What the snapshots of one publication added in one bucket (or the whole range): counter gains, the CTR and
/// engagement rate of each snapshot weighted by the views it added, and the estimated revenue gained in <see cref="Currency"/>.
/// </summary>
public sealed record SnapshotDelta(
    Guid PublicationId, Guid EpisodeId, DateTime Timestamp, long Views, long Likes, long Comments, long Shares, double WatchTimeSeconds,
    double CtrWeighted, double CtrWeight, double EngagementWeighted, double EngagementWeight, decimal? Revenue, string? Currency);

/// <summary>One grouping of a scope's snapshot gains: per bucket (or the whole range when null), per publication or scope-wide.</summary>
internal readonly record struct DeltaSet(TimeBucket? Bucket, bool PerPublication);

/// <summary>
/// Snapshot gains of a scope and range, summed in the database per (publication, bucket, currency) — or per (bucket,
/// currency) for a scope-wide timeline. Each snapshot stores what it added over its publication's previous snapshot
/// (<see cref="PerformanceSnapshot.ViewsGain"/> …), so the gains of the snapshots in [from, to) add up to "latest snapshot
/// before <c>to</c> minus latest before <c>from</c>" per publication, and buckets add up to the range total exactly. The
/// database does one range scan on (channel_id|episode_id|owner_id, timestamp) and returns the sums: no baseline probes,
/// no rows to difference here. On PostgreSQL every grouping a request needs comes from that one scan (GROUPING SETS);
/// SQLite, which has none, scans once per grouping. CTR and engagement rate are weighted by the views each snapshot
/// added. Owner-scoped explicitly (raw SQL bypasses the DbContext's filters).
/// </summary>
internal static class SnapshotDeltas
{
    public static async Task<IReadOnlyDictionary<DeltaSet, IReadOnlyList<SnapshotDelta>>> LoadAsync(PublishingDbContext db, Guid owner,
        AnalyticsScope scope, AnalyticsRange range, IReadOnlyCollection<DeltaSet> sets, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var results = new Dictionary<DeltaSet, IReadOnlyList<SnapshotDelta>>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (postgres)
            {
                // The grouping's hash tables (a few thousand groups) stay in memory instead of spilling a sort to disk;
                // the pooled connection's settings are reset when it goes back to the pool.
                await using var tune = db.Database.GetDbConnection().CreateCommand();
                tune.CommandText = "SET work_mem = '64MB'";
                await tune.ExecuteNonQueryAsync(ct);
                // GROUPING SETS need the publication among the grouped columns; scope-wide sets alone go one by one.
                if (sets.Any(x => x.PerPublication)) await QueryAsync(db, owner, scope, range, [.. sets], true, results, ct);
                else foreach (var set in sets) await QueryAsync(db, owner, scope, range, [set], true, results, ct);
            }
            else
            {
                foreach (var set in sets) await QueryAsync(db, owner, scope, range, [set], false, results, ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return results;
    }

    private static async Task QueryAsync(PublishingDbContext db, Guid owner, AnalyticsScope scope, AnalyticsRange range, DeltaSet[] sets,
        bool postgres, Dictionary<DeltaSet, IReadOnlyList<SnapshotDelta>> results, CancellationToken ct)
    {
        var snapshotScope = scope switch
        {
            { EpisodeId: not null } => "AND s.episode_id = @scope",
            { SeriesId: not null } => "AND s.episode_id IN (SELECT e.id FROM episodes e WHERE e.series_id = @scope AND e.owner_id = @owner)",
            { ChannelId: not null } => "AND s.channel_id = @scope",
            _ => "",
        };
        var buckets = sets.Where(x => x.Bucket is not null).Select(x => x.Bucket!.Value).Distinct().ToArray();
        // Each bucket is named by its start, truncated in UTC (weeks start on Monday in both dialects).
        string BucketSql(TimeBucket bucket) => (bucket, postgres) switch
        {
            (_, true) => $"date_trunc('{bucket.ToString().ToLowerInvariant()}', s.\"timestamp\" AT TIME ZONE 'UTC')",
            (TimeBucket.Hour, false) => "strftime('%Y-%m-%d %H:00:00', s.\"timestamp\")",
            (TimeBucket.Day, false) => "date(s.\"timestamp\")",
            (TimeBucket.Week, false) => "date(s.\"timestamp\", '-6 days', 'weekday 1')",
            _ => "strftime('%Y-%m-01', s.\"timestamp\")",
        };
        string Grouping(DeltaSet set) => string.Join(", ", (set.PerPublication ? new[] { "publication_id", "episode_id" } : [])
            .Concat(set.Bucket is { } b ? [$"b_{b}"] : []).Append("currency"));
        // GROUPING(publication_id, b_…) says which set a row belongs to: bit i is 1 when column i is not grouped.
        int Mask(DeltaSet set) => (set.PerPublication ? 0 : 1 << buckets.Length)
            | buckets.Select((b, i) => set.Bucket == b ? 0 : 1 << (buckets.Length - 1 - i)).Aggregate(0, (a, x) => a | x);
        var bucketColumns = string.Concat(buckets.Select(b => $", {BucketSql(b)} AS b_{b}"));
        var groupingSql = sets.Length == 1
            ? $"GROUP BY {Grouping(sets[0])}"
            : $"GROUP BY GROUPING SETS ({string.Join(", ", sets.Select(x => $"({Grouping(x)})"))})";
        var maskSql = sets.Length == 1 ? "0" : $"GROUPING(publication_id{string.Concat(buckets.Select(b => $", b_{b}"))})";
        // One set: the columns it does not group are selected as NULL (a GROUPING SETS query may name any of them).
        var publicationColumns = sets.Length > 1 || sets[0].PerPublication ? "publication_id, episode_id" : "NULL, NULL";
        var sql = $"""
            SELECT {publicationColumns}, {string.Join(", ", buckets.Select(b => $"b_{b}").DefaultIfEmpty("0"))}, currency, {maskSql},
                   SUM(views_gain), SUM(likes_gain), SUM(comments_gain), SUM(shares_gain), SUM(watch_time_gain),
                   SUM(ctr * views_gain), SUM(CASE WHEN ctr IS NULL THEN 0 ELSE views_gain END),
                   SUM(engagement_rate * views_gain), SUM(CASE WHEN engagement_rate IS NULL THEN 0 ELSE views_gain END),
                   SUM(revenue_gain)
            FROM (SELECT s.publication_id, s.episode_id, s.currency{bucketColumns}, s.views_gain, s.likes_gain, s.comments_gain, s.shares_gain,
                         s.watch_time_gain, s.ctr, s.engagement_rate, s.revenue_gain
                  FROM performance_snapshots s
                  WHERE s.owner_id = @owner {snapshotScope} AND s."timestamp" >= @from AND s."timestamp" < @to) x
            {groupingSql}
            """;
        var rows = sets.ToDictionary(x => x, _ => new List<SnapshotDelta>());
        var setOfMask = sets.ToDictionary(Mask, x => x);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        Add(command, "owner", owner, postgres);
        Add(command, "scope", scope.EpisodeId ?? scope.SeriesId ?? scope.ChannelId ?? System.Guid.Empty, postgres);
        Add(command, "from", range.From, postgres);
        Add(command, "to", range.To, postgres);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            var at = 2 + Math.Max(buckets.Length, 1);
            while (await reader.ReadAsync(ct))
            {
                var set = sets.Length == 1 ? sets[0] : setOfMask[(int)Long(reader, at + 1)];
                var start = set.Bucket is { } b ? ReadTime(reader, 2 + Array.IndexOf(buckets, b)) : range.From;
                var revenue = reader.IsDBNull(at + 11) ? (decimal?)null : Math.Round(Convert.ToDecimal(reader.GetValue(at + 11), CultureInfo.InvariantCulture), 6);
                rows[set].Add(new SnapshotDelta(
                    reader.IsDBNull(0) ? System.Guid.Empty : ReadGuid(reader, 0), reader.IsDBNull(1) ? System.Guid.Empty : ReadGuid(reader, 1),
                    start,
                    Long(reader, at + 2), Long(reader, at + 3), Long(reader, at + 4), Long(reader, at + 5),
                    Double(reader, at + 6), Double(reader, at + 7), Double(reader, at + 8), Double(reader, at + 9), Double(reader, at + 10),
                    revenue, reader.IsDBNull(at) ? null : reader.GetString(at)));
            }
        }
        foreach (var (set, list) in rows)
            results[set] = list.OrderBy(d => d.PublicationId).ThenBy(d => d.Timestamp).ThenBy(d => d.Currency, StringComparer.Ordinal).ToList();
    }

    private static void Add(DbCommand command, string name, object value, bool postgres)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        // SQLite holds what EF writes: GUIDs as upper-case text, instants as "yyyy-MM-dd HH:mm:ss.FFFFFFF" text.
        parameter.Value = (value, postgres) switch
        {
            (Guid g, false) => g.ToString().ToUpperInvariant(),
            (DateTime t, false) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            (DateTime t, true) => DateTime.SpecifyKind(t, DateTimeKind.Utc),
            _ => value,
        };
        command.Parameters.Add(parameter);
    }

    private static Guid ReadGuid(DbDataReader reader, int i) => reader.GetValue(i) switch
    {
        Guid g => g,
        var v => Guid.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!),
    };

    private static DateTime ReadTime(DbDataReader reader, int i) => reader.GetValue(i) switch
    {
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        var v => DateTime.SpecifyKind(DateTime.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture), DateTimeKind.Utc),
    };

    private static long Long(DbDataReader reader, int i) => reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);

    private static double Double(DbDataReader reader, int i) => reader.IsDBNull(i) ? 0 : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);
}
