using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace MediaCreator.Bench;

/// <summary>
/// The real server on Kestrel (loopback, SQLite in a temp folder, 50 projects) with its plain minimal-API endpoints
/// (<c>Benchmark:PlainEndpoints</c>) that answer the same JSON as the GraphQL queries, as the reference.
/// </summary>
public sealed class BenchServer : WebApplicationFactory<Program>
{
    public const string ProjectsQuery = "{ projects(first: 50, order: [{ name: ASC }]) { nodes { id name description } } }";

    private readonly string _folder = Directory.CreateTempSubdirectory("mc-bench-").FullName;

    public Uri BaseAddress { get; private set; } = null!;

    private readonly IReadOnlyDictionary<string, string?> _extra;

    private BenchServer(IReadOnlyDictionary<string, string?>? extra = null) => _extra = extra ?? new Dictionary<string, string?>();

    /// <summary>The server with extra settings (e.g. <c>Redis:Configuration</c>) and no seeded projects.</summary>
    public static BenchServer StartBare(IReadOnlyDictionary<string, string?> extra)
    {
        var server = new BenchServer(extra);
        server.UseKestrel(0);
        server.StartServer();
        server.BaseAddress = server.ClientOptions.BaseAddress;
        return server;
    }

    public static async Task<BenchServer> StartAsync()
    {
        var server = new BenchServer();
        server.UseKestrel(0);
        server.StartServer();
        server.BaseAddress = server.ClientOptions.BaseAddress;
        using var client = server.CreateClient();
        for (var i = 0; i < 50; i++)
        {
            var response = await client.PostAsJsonAsync("/graphql", new
            {
                query = "mutation($n: String!) { createProject(input: { name: $n, description: \"benchmark project\" }) { project { id } } }",
                variables = new { n = $"project {i:D2}" },
            });
            response.EnsureSuccessStatusCode();
        }
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/Api");
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
            ["Storage:LocalRoot"] = Path.Combine(_folder, "assets"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Benchmark:PlainEndpoints"] = "true",
        };
        foreach (var (key, value) in _extra) settings[key] = value;
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
