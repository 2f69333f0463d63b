using MediaCreator.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace MediaCreator.Api.Tests.Infrastructure;

/// <summary>The real server (Program) on a fresh database of the run's provider, in the given environment.</summary>
public sealed class ApiFactory(TestDatabase database, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string JwtSecret = "test-secret-for-hs256-tokens-at-least-32-bytes-long";

    public TestDatabase Database => database;

    /// <summary>Leave the database in place on dispose, for a second server on it (a restart).</summary>
    public bool KeepsDatabase { get; init; }

    public static async Task<ApiFactory> CreateAsync(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await CreateDatabaseAsync(), environment, settings);

    /// <summary>
    /// A fresh database of the run's provider with every module's migrations applied: a copy of a template the server
    /// migrated once in this test process (what the server would find after its own first start, without paying the
    /// migrations again for every test host).
    /// </summary>
    public static Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateFromTemplateAsync("api", async template =>
    {
        await using var server = new ApiFactory(template, "Production") { KeepsDatabase = true };
        _ = server.Services;
    });

    /// <summary>The server on Kestrel at a free loopback port, for real WebSocket, SSE and Node clients.</summary>
    public static async Task<ApiFactory> StartKestrelAsync(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new ApiFactory(await CreateDatabaseAsync(), environment, settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    public Uri GraphQLUri => new(ClientOptions.BaseAddress, "/graphql");

    public Uri WebSocketUri => new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.IsPostgres ? "Postgres" : "Sqlite",
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Auth:JwtSecret"] = JwtSecret,
            ["Auth:Audience"] = "authenticated",
            // The periodic metric/revenue sync would enqueue jobs in any test with published posts; its tests turn it on.
            ["Publishing:Sync:Enabled"] = "false",
        }));
        if (settings is not null) builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepsDatabase) await database.DisposeAsync();
    }
}
