using System.Diagnostics;

namespace MediaCreator.Bench;

public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);

/// <summary>Closed-loop load: each of N workers sends its next request when the previous answer arrived.</summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(Scenario scenario, int concurrency, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false });
        var latencies = new List<long>[concurrency];
        long errors = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<long>(100_000);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var t0 = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(scenario.CreateRequest());
                await response.Content.CopyToAsync(Stream.Null);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                mine.Add(Stopwatch.GetTimestamp() - t0);
            }
        }));
        var elapsed = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        if (errors > 0) throw new InvalidOperationException($"{scenario.Name}: {errors} failed requests");
        return new LoadResult(all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), errors);
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))] * 1000.0 / Stopwatch.Frequency;
}
