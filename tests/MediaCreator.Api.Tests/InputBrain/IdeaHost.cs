using System.Net.Http.Headers;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MediaCreator.Api.Tests.InputBrain;

/// <summary>
/// The real server (Production) on a fresh database with local storage, its settings given as host settings: they reach
/// <c>builder.Configuration</c> before the modules register, which <c>AI:Chat</c> needs (Core registers the chat client
/// only when the section is set at that point; <see cref="ApiFactory"/>'s settings arrive later).
/// </summary>
internal sealed class IdeaHost : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly string _root;
    private readonly Dictionary<string, string?> _settings;

    private IdeaHost(TestDatabase database, string root, IReadOnlyDictionary<string, string?>? extra)
    {
        _database = database;
        _root = root;
        _settings = new Dictionary<string, string?>(JobTestSettings.Fast)
        {
            ["Database:Provider"] = database.IsPostgres ? "Postgres" : "Sqlite",
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Auth:JwtSecret"] = ApiFactory.JwtSecret,
            ["Auth:Audience"] = "authenticated",
            ["Storage:LocalRoot"] = root,
            ["Storage:SigningKey"] = "input-brain-tests-signing-key-with-more-than-32-bytes",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public static async Task<IdeaHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new IdeaHost(await ApiFactory.CreateDatabaseAsync(), Directory.CreateTempSubdirectory("mediacreator-ideas-").FullName, settings);
        _ = host.Server; // start now, so a bad setting fails here
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public GraphQLClient AsUser(Guid owner)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForUser(owner));
        return new GraphQLClient(client);
    }

    /// <summary>Fetches a signed asset URL with no credentials.</summary>
    public async Task<byte[]> DownloadAsync(string url)
    {
        using var response = await CreateClient().GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} for {url}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
