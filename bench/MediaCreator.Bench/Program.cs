namespace MediaCreator.Bench;

// Load benchmark: GraphQL vs a plain minimal-API endpoint returning the same JSON, in one server and one run.
// Usage: dotnet run -c Release --project bench/MediaCreator.Bench -- [seconds per scenario] [concurrency]
internal static class BenchMain
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "jobs")
        {
            // dotnet run -c Release --project bench/MediaCreator.Bench -- jobs [redis host:port|-] [jobs] [subscribers]
            var redis = args.Length > 1 && args[1] != "-" ? args[1] : null;
            await JobsBench.RunAsync(redis, args.Length > 2 ? int.Parse(args[2]) : 500, args.Length > 3 ? int.Parse(args[3]) : 500);
            return;
        }
        var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
        var concurrency = args.Length > 1 ? int.Parse(args[1]) : 32;

        await using var server = await BenchServer.StartAsync();
        var scenarios = new[]
        {
            Scenario.GraphQL("graphql { __typename }", server.BaseAddress, "{ __typename }"),
            Scenario.Get("plain   /plain/typename", server.BaseAddress, "/plain/typename"),
            Scenario.GraphQL("graphql projects(first: 50)", server.BaseAddress, BenchServer.ProjectsQuery),
            Scenario.Get("plain   /plain/projects", server.BaseAddress, "/plain/projects"),
        };
        await Scenario.CheckSameJsonAsync(scenarios[0], scenarios[1]);
        await Scenario.CheckSameJsonAsync(scenarios[2], scenarios[3]);

        Console.WriteLine($"{seconds}s per scenario, {concurrency} concurrent connections, load generator in the same process");
        Console.WriteLine($"{"scenario",-32} {"req/s",10} {"p50 ms",8} {"p99 ms",8}");
        var results = new List<LoadResult>();
        foreach (var scenario in scenarios)
        {
            await LoadRunner.RunAsync(scenario, concurrency, TimeSpan.FromSeconds(2)); // warm-up
            var result = await LoadRunner.RunAsync(scenario, concurrency, TimeSpan.FromSeconds(seconds));
            results.Add(result);
            Console.WriteLine($"{scenario.Name,-32} {result.RequestsPerSecond,10:F0} {result.P50Ms,8:F2} {result.P99Ms,8:F2}");
        }
        Console.WriteLine($"ratio GraphQL/plain, trivial query:  {results[0].RequestsPerSecond / results[1].RequestsPerSecond:F2}");
        Console.WriteLine($"ratio GraphQL/plain, 50 projects:    {results[2].RequestsPerSecond / results[3].RequestsPerSecond:F2}");
    }
}
