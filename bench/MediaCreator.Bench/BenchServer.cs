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
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Benchmark:PlainEndpoints"] = "true",
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
