using System.Diagnostics;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MediaCreator.Bench.Dashboard;

// Dashboard overview at scale: 1,000,000 snapshots in PostgreSQL, dashboardOverview(channelId, LAST_30D) through the
// real app vs a plain SQL aggregate over the same snapshot rows.
// Usage: dotnet run -c Release --project bench/MediaCreator.Bench.Dashboard -- [connection string] [iterations]
// (or MEDIACREATOR_BENCH_POSTGRES); the database is migrated and seeded on the first run, reused afterwards.
internal static class BenchMain
{
    private const string Overview = """
        query($c: ID) { dashboardOverview(channelId: $c, range: { preset: LAST_30D }) {
          range { from to }
          totals { views likes comments shares watchTimeSeconds averageCtr averageEngagementRate estimatedRevenue { amount currency } }
          timeline(interval: DAY) { timestamp views likes ctr }
          episodeCounts { draft ready publishing published }
          publicationCounts { scheduled published failed }
          byPlatform { platform publicationCount totals { views } }
          topEpisodes(first: 5) { rank value episode { title } }
          topSeries(first: 5) { rank value series { name } }
          finance { byCurrency { currency revenue cost profit roi } } } }
        """;

    public static async Task<int> Main(string[] args)
    {
        var connectionString = args.Length > 0 && args[0] != "-" ? args[0] : Environment.GetEnvironmentVariable("MEDIACREATOR_BENCH_POSTGRES");
        if (string.IsNullOrEmpty(connectionString))
        {
            Console.Error.WriteLine("PostgreSQL connection string: first argument or MEDIACREATOR_BENCH_POSTGRES.");
            return 2;
        }
        var iterations = args.Length > 1 ? int.Parse(args[1]) : 50;

        await using var server = new DashboardServer(connectionString);
        using var http = server.CreateClient();
        await Seeder.GraphQLAsync(http, "{ __typename }");
        var owner = server.Services.GetRequiredService<AuthOptions>().LocalOwnerId;
        var channels = await Seeder.SeedAsync(server, owner, connectionString);
        var channel = channels[0];
        var channelId = GlobalId.DecodeFor("ContentChannel", channel);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        Console.WriteLine($"snapshots in the database: {await ScalarAsync(connection, "SELECT count(*) FROM performance_snapshots"):N0}");

        var overview = await Seeder.GraphQLAsync(http, Overview, new { c = channel });
        var range = overview["dashboardOverview"]!["range"]!;
        var (from, to) = (DateTime.Parse(range["from"]!.GetValue<string>()).ToUniversalTime(), DateTime.Parse(range["to"]!.GetValue<string>()).ToUniversalTime());
        const string Reference = "SELECT count(*), sum(views) FROM performance_snapshots WHERE channel_id = @c AND timestamp >= @f AND timestamp < @t";
        Console.WriteLine($"snapshots of the channel in LAST_30D: {await ScalarAsync(connection, Reference, channelId, from, to):N0}; overview views {overview["dashboardOverview"]!["totals"]!["views"]}");

        var graphql = await MeasureAsync(iterations, async () => await Seeder.GraphQLAsync(http, Overview, new { c = channel }));
        var all = await MeasureAsync(iterations, async () => await Seeder.GraphQLAsync(http, Overview, new { c = (string?)null }));
        var totalsOnly = await MeasureAsync(iterations, async () => await Seeder.GraphQLAsync(http,
            "query($c: ID) { dashboardOverview(channelId: $c, range: { preset: LAST_30D }) { totals { views } } }", new { c = channel }));
        var plain = await MeasureAsync(iterations, async () => await ScalarAsync(connection, Reference, channelId, from, to));

        Console.WriteLine($"{iterations} sequential requests each, after 5 warm-up requests");
        Console.WriteLine($"{"scenario",-52} {"p50 ms",8} {"p95 ms",8}");
        Print("GraphQL dashboardOverview(channel, LAST_30D), full", graphql);
        Print("GraphQL dashboardOverview(all channels, LAST_30D)", all);
        Print("GraphQL dashboardOverview(channel, LAST_30D) totals", totalsOnly);
        Print("SQL count+sum over the channel's LAST_30D snapshots", plain);
        Console.WriteLine($"ratio overview/plain SQL (p50): {graphql.P50 / plain.P50:F1}");
        Console.WriteLine(graphql.P95 < 200 ? "PASS: channel overview p95 < 200 ms" : "FAIL: channel overview p95 >= 200 ms");
        return 0;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, Guid? channel = null, DateTime? from = null, DateTime? to = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (channel is not null)
        {
            command.Parameters.AddWithValue("c", channel.Value);
            command.Parameters.AddWithValue("f", from!.Value);
            command.Parameters.AddWithValue("t", to!.Value);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private sealed record Timing(double P50, double P95);

    private static async Task<Timing> MeasureAsync(int iterations, Func<Task> action)
    {
        for (var i = 0; i < 5; i++) await action();
        var samples = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        return new Timing(samples[samples.Count / 2], samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(samples.Count * 0.95) - 1)]);
    }

    private static void Print(string name, Timing t) => Console.WriteLine($"{name,-52} {t.P50,8:F1} {t.P95,8:F1}");
}
