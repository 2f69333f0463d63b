using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Bench;

/// <summary>
/// Job engine speed, end to end through the public API: <c>createJob</c> mutations for <c>core.echo</c> jobs until
/// all are COMPLETED (jobs/s), the delay from enqueue (job row written) to handler start (claimed) as p50/p99, and a
/// subscription fan-out: many graphql-transport-ws clients on one project, each timing JOB_COMPLETED events against
/// the job's completion time. Runs on the in-process queue, and over Redis Streams when a Redis address is given,
/// next to <c>redis-benchmark</c>'s XADD rate on the same Redis as the reference.
/// </summary>
internal static class JobsBench
{
    private const string CreateJob = """
        mutation($input: CreateJobInput!) { createJob(input: $input) { job { id } errors { __typename } } }
        """;

    public static async Task RunAsync(string? redis, int jobs, int clients)
    {
        Console.WriteLine($"jobs: {jobs} core.echo jobs per transport, {clients} WebSocket subscribers; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"transport",-12} {"jobs/s",8} {"start p50 ms",13} {"start p99 ms",13} {"fan-out p50 ms",15} {"fan-out p99 ms",15}");
        await RunOneAsync("in-process", new Dictionary<string, string?>(), jobs, clients);
        if (redis is null)
        {
            Console.WriteLine("(no Redis given: pass its host:port as the second argument to measure Redis Streams)");
            return;
        }
        await RunOneAsync("redis", new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis, ["Redis:KeyPrefix"] = $"mc-bench:{Guid.NewGuid():N}:",
        }, jobs, clients);
        Console.WriteLine(RedisBenchmarkXadd(redis));
    }

    private static async Task RunOneAsync(string name, Dictionary<string, string?> settings, int jobs, int clients)
    {
        settings["Workers:Concurrency:generic"] = "8";
        await using var server = BenchServer.StartBare(settings);
        using var http = server.CreateClient();
        var project = (await PostAsync(http, """mutation { createProject(input: { name: "bench" }) { project { id } } }"""))
            ["createProject"]!["project"]!["id"]!.GetValue<string>();

        // Warm-up (JIT, connection pools), then the measured run.
        await EnqueueAllAsync(http, project, 50);
        await WaitCompletedAsync(server, 50);
        var clock = Stopwatch.StartNew();
        await EnqueueAllAsync(http, project, jobs);
        await WaitCompletedAsync(server, 50 + jobs);
        var throughput = jobs / clock.Elapsed.TotalSeconds;
        // Enqueue-to-start latency on an idle engine (a burst measures the backlog instead): one job at a time.
        const int samples = 50;
        for (var i = 0; i < samples; i++)
        {
            await EnqueueAllAsync(http, project, 1);
            await WaitCompletedAsync(server, 50 + jobs + i + 1);
        }
        var starts = await StartDelaysAsync(server, skip: 50 + jobs);

        var fanOut = await FanOutAsync(server, project, clients, events: 10);
        Console.WriteLine($"{name,-12} {throughput,8:F0} {Percentile(starts, 0.5),13:F1} {Percentile(starts, 0.99),13:F1} " +
                          $"{Percentile(fanOut, 0.5),15:F1} {Percentile(fanOut, 0.99),15:F1}");
    }

    private static async Task EnqueueAllAsync(HttpClient http, string project, int count)
    {
        var gate = new SemaphoreSlim(16);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await PostAsync(http, CreateJob, new { input = new { projectId = project,
                    spec = new { generic = new { moduleName = "core", taskName = "core.echo", payload = new { message = $"job {i}" } } } } });
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static async Task WaitCompletedAsync(BenchServer server, int total)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await CountAsync(server) < total)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"only {await CountAsync(server)} of {total} jobs completed");
            await Task.Delay(20);
        }
    }

    private static async Task<int> CountAsync(BenchServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Jobs.IgnoreQueryFilters().CountAsync(j => j.Status == JobStatus.Completed);
    }

    private static async Task<double[]> StartDelaysAsync(BenchServer server, int skip)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var jobs = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Jobs.IgnoreQueryFilters().AsNoTracking()
            .OrderBy(j => j.CreatedAt).Skip(skip).Select(j => new { j.CreatedAt, j.StartedAt }).ToListAsync();
        return [.. jobs.Where(j => j.StartedAt is not null).Select(j => (j.StartedAt!.Value - j.CreatedAt).TotalMilliseconds).Order()];
    }

    /// <summary>
    /// <paramref name="clients"/> subscribers on the project; <paramref name="events"/> jobs complete one after
    /// another; each client's delay from the job's completion (database time) to receiving JOB_COMPLETED.
    /// </summary>
    private static async Task<double[]> FanOutAsync(BenchServer server, string project, int clients, int events)
    {
        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri;
        var received = new System.Collections.Concurrent.ConcurrentQueue<(Guid Job, DateTime At)>[clients];
        var sockets = new ClientWebSocket[clients];
        for (var i = 0; i < clients; i++)
        {
            received[i] = new();
            sockets[i] = await SubscribeAsync(uri, project);
        }
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, clients).Select(i => Task.Run(() => ReadAsync(sockets[i], received[i], stop.Token))).ToArray();
        await Task.Delay(500);
        using var http = server.CreateClient();
        for (var e = 0; e < events; e++)
        {
            await EnqueueAllAsync(http, project, 1);
            await Task.Delay(100);
        }
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (received.Any(r => r.Count < events) && DateTime.UtcNow < deadline) await Task.Delay(50);
        await stop.CancelAsync();
        foreach (var socket in sockets) socket.Abort();
        await Task.WhenAll(readers);

        await using var scope = server.Services.CreateAsyncScope();
        var completed = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Jobs.IgnoreQueryFilters().AsNoTracking()
            .Where(j => j.CompletedAt != null).ToDictionaryAsync(j => j.Id, j => j.CompletedAt!.Value);
        return [.. received.SelectMany(r => r).Where(x => completed.ContainsKey(x.Job)).Select(x => (x.At - completed[x.Job]).TotalMilliseconds).Order()];
    }

    private static async Task<ClientWebSocket> SubscribeAsync(Uri uri, string project)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(uri, CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { } });
        var buffer = new byte[4096];
        await socket.ReceiveAsync(buffer, CancellationToken.None); // connection_ack
        await SendAsync(socket, new { type = "subscribe", id = "1", payload = new {
            query = "subscription($p: ID!) { onProjectEvent(projectId: $p) { type ... on JobEvent { job { id } } } }", variables = new { p = project } } });
        return socket;
    }

    private static async Task ReadAsync(ClientWebSocket socket, System.Collections.Concurrent.ConcurrentQueue<(Guid Job, DateTime At)> received, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close) return;
                var now = DateTime.UtcNow;
                var message = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count)) as JsonObject;
                if (message?["type"]?.GetValue<string>() != "next") continue;
                var e = message?["payload"]?["data"]?["onProjectEvent"];
                if (e?["type"]?.GetValue<string>() != "JOB_COMPLETED") continue;
                if (GlobalId.TryDecode(e["job"]!["id"]!.GetValue<string>(), out _, out var job)) received.Enqueue((job, now));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // stopped
        }
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonNode> PostAsync(HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"] ?? throw new InvalidOperationException(body.ToJsonString());
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string RedisBenchmarkXadd(string redis)
    {
        var (host, port) = (redis.Split(':')[0], redis.Split(':').ElementAtOrDefault(1) ?? "6379");
        try
        {
            var start = new ProcessStartInfo("redis-benchmark", $"-h {host} -p {port} -n 100000 -q XADD mc-bench-xadd * field value")
                { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var line = output.Split('\r', '\n').LastOrDefault(l => l.Contains("requests per second", StringComparison.Ordinal))?.Trim();
            return $"reference: redis-benchmark XADD on the same Redis: {line ?? output.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "reference: redis-benchmark is not installed (Debian package redis-tools)";
        }
    }
}
