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
/// Snapshot gains of a scope and range, summed in the database per (publication, bucket, currency) — or per (bucket,
/// currency) for a scope-wide timeline. Each snapshot stores what it added over its publication's previous snapshot
/// (<see cref="PerformanceSnapshot.ViewsGain"/> …), so the gains of the snapshots in [from, to) add up to "latest snapshot
/// before <c>to</c> minus latest before <c>from</c>" per publication, and buckets add up to the range total exactly. The
/// database does one range scan on (channel_id|episode_id|owner_id, timestamp) and returns the sums: no baseline probes,
/// no rows to difference here. CTR and engagement rate are weighted by the views each snapshot added. Owner-scoped
/// explicitly (raw SQL bypasses the DbContext's filters).
/// </summary>
internal static class SnapshotDeltas
{
    public static async Task<IReadOnlyList<SnapshotDelta>> LoadAsync(PublishingDbContext db, Guid owner, AnalyticsScope scope, AnalyticsRange range,
        TimeBucket? bucket, bool perPublication, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var snapshotScope = scope switch
        {
            { EpisodeId: not null } => "AND s.episode_id = @scope",
            { SeriesId: not null } => "AND s.episode_id IN (SELECT e.id FROM episodes e WHERE e.series_id = @scope AND e.owner_id = @owner)",
            { ChannelId: not null } => "AND s.channel_id = @scope",
            _ => "",
        };
        var anchor = bucket is { } b ? TimeBuckets.Start(range.From, b) : range.From;
        var width = bucket is { } w and not TimeBucket.Month ? (long)(TimeBuckets.Next(anchor, w) - anchor).TotalSeconds : 1L;
        // Whole seconds since the Unix epoch: the buckets (hour, day, week) start on whole seconds, so the integer
        // division puts an instant on a boundary in the bucket it starts.
        var seconds = postgres ? """floor(extract(epoch from s."timestamp"))::bigint""" : """CAST(strftime('%s', s."timestamp") AS INTEGER)""";
        var bucketSql = bucket switch
        {
            null => "0",
            TimeBucket.Month when postgres => """(extract(year from s."timestamp" AT TIME ZONE 'UTC') * 12 + extract(month from s."timestamp" AT TIME ZONE 'UTC') - 1)::bigint""",
            TimeBucket.Month => """(CAST(strftime('%Y', s."timestamp") AS INTEGER) * 12 + CAST(strftime('%m', s."timestamp") AS INTEGER) - 1)""",
            _ => $"(({seconds} - @anchor) / @width)",
        };
        var keys = perPublication ? "s.publication_id, s.episode_id" : "NULL, NULL";
        var sql = $"""
            SELECT {keys}, {bucketSql} AS bucket, s.currency,
                   SUM(s.views_gain), SUM(s.likes_gain), SUM(s.comments_gain), SUM(s.shares_gain), SUM(s.watch_time_gain),
                   SUM(s.ctr * s.views_gain), SUM(CASE WHEN s.ctr IS NULL THEN 0 ELSE s.views_gain END),
                   SUM(s.engagement_rate * s.views_gain), SUM(CASE WHEN s.engagement_rate IS NULL THEN 0 ELSE s.views_gain END),
                   SUM(s.revenue_gain)
            FROM performance_snapshots s
            WHERE s.owner_id = @owner {snapshotScope} AND s."timestamp" >= @from AND s."timestamp" < @to
            GROUP BY {(perPublication ? "s.publication_id, s.episode_id, " : "")}bucket, s.currency
            """;
        var deltas = new List<(long Bucket, SnapshotDelta Delta)>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "owner", owner, postgres);
            Add(command, "scope", scope.EpisodeId ?? scope.SeriesId ?? scope.ChannelId ?? System.Guid.Empty, postgres);
            Add(command, "from", range.From, postgres);
            Add(command, "to", range.To, postgres);
            if (bucket is not (null or TimeBucket.Month))
            {
                Add(command, "anchor", (long)(anchor - DateTime.UnixEpoch).TotalSeconds, postgres);
                Add(command, "width", width, postgres);
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var index = Long(reader, 2);
                var revenue = reader.IsDBNull(13) ? (decimal?)null : Math.Round(Convert.ToDecimal(reader.GetValue(13), CultureInfo.InvariantCulture), 6);
                deltas.Add((index, new SnapshotDelta(
                    reader.IsDBNull(0) ? System.Guid.Empty : ReadGuid(reader, 0), reader.IsDBNull(1) ? System.Guid.Empty : ReadGuid(reader, 1),
                    BucketStart(bucket, anchor, range.From, index), Long(reader, 4), Long(reader, 5), Long(reader, 6), Long(reader, 7),
                    Double(reader, 8), Double(reader, 9), Double(reader, 10), Double(reader, 11), Double(reader, 12),
                    revenue, reader.IsDBNull(3) ? null : reader.GetString(3))));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return deltas.OrderBy(d => d.Delta.PublicationId).ThenBy(d => d.Bucket).ThenBy(d => d.Delta.Currency, StringComparer.Ordinal)
            .Select(d => d.Delta).ToList();
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
