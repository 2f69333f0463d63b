namespace MediaCreator.Workers;

/// <summary>Command-line shortcuts of the worker host, turned into configuration keys.</summary>
internal static class WorkerArguments
{
    /// <summary><c>--queues a,b</c> → <c>Workers:Queues</c>; <c>--concurrency q=n,...</c> → <c>Workers:Concurrency:q</c>.</summary>
    public static Dictionary<string, string?> ToConfiguration(string[] args)
    {
        var settings = new Dictionary<string, string?> { ["Workers:Enabled"] = "true" };
        for (var i = 0; i < args.Length - 1; i++)
        {
            var values = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (args[i])
            {
                case "--queues":
                    for (var q = 0; q < values.Length; q++) settings[$"Workers:Queues:{q}"] = values[q];
                    break;
                case "--concurrency":
                    foreach (var pair in values.Select(v => v.Split('=', 2)).Where(p => p.Length == 2))
                        settings[$"Workers:Concurrency:{pair[0]}"] = pair[1];
                    break;
            }
        }
        return settings;
    }
}
