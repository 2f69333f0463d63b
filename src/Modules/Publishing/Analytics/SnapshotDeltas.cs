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
/// database does a range scan on (channel_id|episode_id|owner_id, timestamp) and returns the sums: no baseline probes,
/// no rows to difference here. A request's groupings (range totals, each timeline interval) are separate aggregates;
/// on PostgreSQL they run at the same time on connections of their own (one shared scan with GROUPING SETS cost as
/// much as both queries one after the other), on SQLite one after the other. CTR and engagement rate are weighted by
/// the views each snapshot added. Owner-scoped explicitly (raw SQL bypasses the DbContext's filters).
/// </summary>
internal static class SnapshotDeltas
{
    public static async Task<IReadOnlyDictionary<DeltaSet, IReadOnlyList<SnapshotDelta>>> LoadAsync(PublishingDbContext db, Guid owner,
        AnalyticsScope scope, AnalyticsRange range, IReadOnlyCollection<DeltaSet> sets, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var results = new Dictionary<DeltaSet, IReadOnlyList<SnapshotDelta>>();
        if (postgres && sets.Count > 1)
        {
            var factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection())!;
            var connectionString = db.Database.GetConnectionString();
            var loads = sets.Select(async set =>
            {
                await using var connection = factory.CreateConnection()!;
                connection.ConnectionString = connectionString;
                await connection.OpenAsync(ct);
                return (set, await QueryAsync(connection, owner, scope, range, set, true, ct));
            }).ToList();
            foreach (var (set, deltas) in await Task.WhenAll(loads)) results[set] = deltas;
            return results;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var set in sets) results[set] = await QueryAsync(db.Database.GetDbConnection(), owner, scope, range, set, postgres, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return results;
    }

    private static async Task<IReadOnlyList<SnapshotDelta>> QueryAsync(DbConnection connection, Guid owner, AnalyticsScope scope, AnalyticsRange range,
        DeltaSet set, bool postgres, CancellationToken ct)
    {
        if (postgres)
        {
            // The grouping's hash table stays in memory instead of spilling a sort to disk; a pooled connection's
            // settings are reset when it goes back to the pool.
            await using var tune = connection.CreateCommand();
            tune.CommandText = "SET work_mem = '64MB'";
            await tune.ExecuteNonQueryAsync(ct);
        }
        var snapshotScope = scope switch
        {
            { EpisodeId: not null } => "AND s.episode_id = @scope",
            { SeriesId: not null } => "AND s.episode_id IN (SELECT e.id FROM episodes e WHERE e.series_id = @scope AND e.owner_id = @owner)",
            { ChannelId: not null } => "AND s.channel_id = @scope",
            _ => "",
        };
        // Each bucket is named by its start, truncated in UTC (weeks start on Monday in both dialects).
        var bucket = (set.Bucket, postgres) switch
        {
            (null, _) => "NULL",
            ({ } b, true) => $"date_trunc('{b.ToString().ToLowerInvariant()}', s.\"timestamp\" AT TIME ZONE 'UTC')",
            (TimeBucket.Hour, false) => "strftime('%Y-%m-%d %H:00:00', s.\"timestamp\")",
            (TimeBucket.Day, false) => "date(s.\"timestamp\")",
            (TimeBucket.Week, false) => "date(s.\"timestamp\", '-6 days', 'weekday 1')",
            _ => "strftime('%Y-%m-01', s.\"timestamp\")",
        };
        var (publicationColumns, grouping) = set.PerPublication
            ? ("s.publication_id, s.episode_id", "s.publication_id, s.episode_id, ")
            : ("NULL, NULL", "");
        var sql = $"""
            SELECT {publicationColumns}, {bucket} AS bucket, s.currency,
                   SUM(s.views_gain), SUM(s.likes_gain), SUM(s.comments_gain), SUM(s.shares_gain), SUM(s.watch_time_gain),
                   SUM(s.ctr * s.views_gain), SUM(CASE WHEN s.ctr IS NULL THEN 0 ELSE s.views_gain END),
                   SUM(s.engagement_rate * s.views_gain), SUM(CASE WHEN s.engagement_rate IS NULL THEN 0 ELSE s.views_gain END),
                   SUM(s.revenue_gain)
            FROM performance_snapshots s
            WHERE s.owner_id = @owner {snapshotScope} AND s."timestamp" >= @from AND s."timestamp" < @to
            GROUP BY {grouping}{(set.Bucket is null ? "" : "bucket, ")}s.currency
            """;
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "owner", owner, postgres);
        Add(command, "scope", scope.EpisodeId ?? scope.SeriesId ?? scope.ChannelId ?? System.Guid.Empty, postgres);
        Add(command, "from", range.From, postgres);
        Add(command, "to", range.To, postgres);
        var deltas = new List<SnapshotDelta>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var revenue = reader.IsDBNull(13) ? (decimal?)null : Math.Round(Convert.ToDecimal(reader.GetValue(13), CultureInfo.InvariantCulture), 6);
                deltas.Add(new SnapshotDelta(
                    reader.IsDBNull(0) ? System.Guid.Empty : ReadGuid(reader, 0), reader.IsDBNull(1) ? System.Guid.Empty : ReadGuid(reader, 1),
                    set.Bucket is null ? range.From : ReadTime(reader, 2),
                    Long(reader, 4), Long(reader, 5), Long(reader, 6), Long(reader, 7),
                    Double(reader, 8), Double(reader, 9), Double(reader, 10), Double(reader, 11), Double(reader, 12),
                    revenue, reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }
        return deltas.OrderBy(d => d.PublicationId).ThenBy(d => d.Timestamp).ThenBy(d => d.Currency, StringComparer.Ordinal).ToList();
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
