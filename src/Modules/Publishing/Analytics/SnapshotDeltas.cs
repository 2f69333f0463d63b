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

/// <summary>
/// Aggregates snapshot gains in the database. Per publication, each snapshot in the range minus the one before it (for
/// the first: the latest snapshot before the range, one index probe on (PublicationId, Timestamp), or 0) — summed per
/// bucket this is "latest snapshot before the bucket's end minus latest before its start", so buckets add up to the range
/// total exactly. The range scan uses (ChannelId|EpisodeId|OwnerId, Timestamp); only grouped rows leave the database.
/// Owner-scoped explicitly (raw SQL bypasses the DbContext's filters).
/// </summary>
internal static class SnapshotDeltas
{
    private const string Columns = """s.id, s.publication_id, s.episode_id, s."timestamp", s.views, s.likes, s.comments, s.shares, s.watch_time_seconds, s.ctr, s.engagement_rate, s.estimated_revenue, s.currency""";

    public static async Task<IReadOnlyList<SnapshotDelta>> LoadAsync(PublishingDbContext db, Guid owner, AnalyticsScope scope, AnalyticsRange range, TimeBucket? bucket, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var (snapshotScope, publicationScope) = scope switch
        {
            { EpisodeId: not null } => ("AND s.episode_id = @scope", "AND p.episode_id = @scope"),
            { SeriesId: not null } => ("AND s.episode_id IN (SELECT e.id FROM episodes e WHERE e.series_id = @scope AND e.owner_id = @owner)",
                "AND p.episode_id IN (SELECT e.id FROM episodes e WHERE e.series_id = @scope AND e.owner_id = @owner)"),
            { ChannelId: not null } => ("AND s.channel_id = @scope", "AND p.channel_id = @scope"),
            _ => ("", ""),
        };
        var anchor = bucket is { } b ? TimeBuckets.Start(range.From, b) : range.From;
        var bucketSql = bucket switch
        {
            null => "0",
            TimeBucket.Month => postgres
                ? """CAST(EXTRACT(YEAR FROM "timestamp" AT TIME ZONE 'UTC') AS BIGINT) * 12 + CAST(EXTRACT(MONTH FROM "timestamp" AT TIME ZONE 'UTC') AS BIGINT) - 1"""
                : """CAST(strftime('%Y', "timestamp") AS INTEGER) * 12 + CAST(strftime('%m', "timestamp") AS INTEGER) - 1""",
            _ => (postgres
                ? """CAST(ROUND(EXTRACT(EPOCH FROM "timestamp") * 1000) AS BIGINT)"""
                : """CAST(ROUND((julianday("timestamp") - 2440587.5) * 86400000.0) AS INTEGER)""") + " - @anchor) / @width",
        };
        if (bucket is not null and not TimeBucket.Month) bucketSql = "(" + bucketSql;
        // PostgreSQL: a LATERAL probe per publication; SQLite (no LATERAL): the same probe as a correlated scalar subquery.
        var baseSql = postgres
            ? $"""

              SELECT b.*, 1 AS is_base FROM publication_records p
              CROSS JOIN LATERAL (SELECT {Columns} FROM performance_snapshots s WHERE s.publication_id = p.id AND s."timestamp" < @from
                                  ORDER BY s."timestamp" DESC, s.id DESC LIMIT 1) b
              WHERE p.owner_id = @owner {publicationScope}
              """
            : $"""

              SELECT {Columns}, 1 AS is_base FROM performance_snapshots s
              WHERE s.id IN (SELECT (SELECT x.id FROM performance_snapshots x WHERE x.publication_id = p.id AND x."timestamp" < @from
                                     ORDER BY x."timestamp" DESC, x.id DESC LIMIT 1)
                             FROM publication_records p WHERE p.owner_id = @owner {publicationScope})
              """;
        var sql = $"""
            WITH base AS ({baseSql}
            ),
            cur AS (
              SELECT {Columns}, 0 AS is_base FROM performance_snapshots s
              WHERE s.owner_id = @owner {snapshotScope} AND s."timestamp" >= @from AND s."timestamp" < @to
            ),
            d AS (
              SELECT publication_id, episode_id, "timestamp", is_base, ctr, engagement_rate, currency,
                views - COALESCE(LAG(views) OVER w, 0) AS dv,
                likes - COALESCE(LAG(likes) OVER w, 0) AS dl,
                comments - COALESCE(LAG(comments) OVER w, 0) AS dc,
                shares - COALESCE(LAG(shares) OVER w, 0) AS ds,
                watch_time_seconds - COALESCE(LAG(watch_time_seconds) OVER w, 0) AS dw,
                estimated_revenue - CASE WHEN LAG(currency) OVER w = currency THEN COALESCE(LAG(estimated_revenue) OVER w, 0) ELSE 0 END AS dr
              FROM (SELECT * FROM base UNION ALL SELECT * FROM cur) u
              WINDOW w AS (PARTITION BY publication_id ORDER BY "timestamp", id)
            )
            SELECT publication_id, episode_id, {bucketSql} AS bucket, currency,
              SUM(dv), SUM(dl), SUM(dc), SUM(ds), SUM(dw),
              SUM(CASE WHEN ctr IS NULL THEN 0 ELSE ctr * dv END), SUM(CASE WHEN ctr IS NULL THEN 0 ELSE dv END),
              SUM(CASE WHEN engagement_rate IS NULL THEN 0 ELSE engagement_rate * dv END), SUM(CASE WHEN engagement_rate IS NULL THEN 0 ELSE dv END),
              SUM(dr)
            FROM d WHERE is_base = 0
            GROUP BY publication_id, episode_id, bucket, currency
            ORDER BY publication_id, bucket, currency
            """;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            // The window sort of a month of a channel's snapshots (~40k rows) spills to disk with PostgreSQL's default 4 MB.
            command.CommandText = postgres ? "SET work_mem = '64MB'; " + sql : sql;
            Add(command, "owner", owner, postgres);
            Add(command, "scope", scope.EpisodeId ?? scope.SeriesId ?? scope.ChannelId ?? System.Guid.Empty, postgres);
            Add(command, "from", range.From, postgres);
            Add(command, "to", range.To, postgres);
            Add(command, "anchor", (long)(anchor - DateTime.UnixEpoch).TotalMilliseconds, postgres);
            Add(command, "width", bucket is { } w and not TimeBucket.Month ? (long)(TimeBuckets.Next(anchor, w) - anchor).TotalMilliseconds : 1L, postgres);
            var rows = new List<SnapshotDelta>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var index = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
                rows.Add(new SnapshotDelta(ReadGuid(reader, 0), ReadGuid(reader, 1), BucketStart(bucket, anchor, range.From, index),
                    Long(reader, 4), Long(reader, 5), Long(reader, 6), Long(reader, 7), Double(reader, 8),
                    Double(reader, 9), Double(reader, 10), Double(reader, 11), Double(reader, 12),
                    reader.IsDBNull(13) ? null : Math.Round(Convert.ToDecimal(reader.GetValue(13), CultureInfo.InvariantCulture), 6),
                    reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DateTime BucketStart(TimeBucket? bucket, DateTime anchor, DateTime from, long index) => bucket switch
    {
        null => from,
        TimeBucket.Month => new DateTime((int)(index / 12), (int)(index % 12) + 1, 1, 0, 0, 0, DateTimeKind.Utc),
        { } b => anchor + (TimeBuckets.Next(anchor, b) - anchor) * index,
    };

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

    private static long Long(DbDataReader reader, int i) => reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);

    private static double Double(DbDataReader reader, int i) => reader.IsDBNull(i) ? 0 : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);
}
