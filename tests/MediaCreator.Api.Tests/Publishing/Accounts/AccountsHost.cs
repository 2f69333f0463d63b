using System.Text.Json.Nodes;
using System.Web;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>The server with its platforms pointed at <see cref="FakePlatforms"/>, and the GraphQL calls of account connection.</summary>
internal sealed class AccountsHost : IAsyncDisposable
{
    public const string Redirect = "https://app.example/oauth/callback";
    public const string AccountFields = "id platform externalId name handle connectionStatus connectionError scopes credentialsExpireAt metadata channel { id }";

    private readonly string _exportRoot;

    public FakePlatforms Fake { get; }

    public ApiFactory Factory { get; }

    /// <summary>Every raw GraphQL response body, to prove no token ever leaves the server.</summary>
    public List<string> Bodies { get; } = [];

    private AccountsHost(FakePlatforms fake, ApiFactory factory, string exportRoot)
    {
        _exportRoot = exportRoot;
        Fake = fake;
        Factory = factory;
    }

    public static async Task<AccountsHost> StartAsync(FakePlatforms? fake = null, bool configured = true, bool keepDatabase = false)
    {
        fake ??= new FakePlatforms();
        var exportRoot = Path.Combine(Path.GetTempPath(), "mc-accounts-" + Guid.NewGuid().ToString("N"));
        var factory = new ApiFactory(await ApiFactory.CreateDatabaseAsync(), "Production", configured ? fake.Settings(exportRoot) : null)
        {
            KeepsDatabase = keepDatabase,
        };
        return new AccountsHost(fake, factory, exportRoot);
    }

    public GraphQLClient As(Guid owner) => GraphQLClient.AsUser(Factory, owner);

    public async Task<JsonNode> MutateAsync(GraphQLClient client, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await client.SendAsync(
            $$"""mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}} errors { __typename ... on Error { message } {{ErrorFields(mutation)}} } } }""",
            new { input });
        lock (Bodies) Bodies.Add(response.Body);
        Assert.True(response.Errors is null, response.Body);
        return response.Data![mutation]!;
    }

    public async Task<JsonNode> QueryAsync(GraphQLClient client, string query, object? variables = null)
    {
        var response = await client.SendAsync(query, variables);
        lock (Bodies) Bodies.Add(response.Body);
        Assert.True(response.Errors is null, response.Body);
        return response.Data!;
    }

    private static string ErrorFields(string mutation) => mutation switch
    {
        "beginPlatformAccountConnection" => "... on ValidationError { field code } ... on ProviderUnavailableError { provider capability }",
        "connectPlatformAccount" => "... on ValidationError { field code } ... on PlatformAuthorizationError { platform code }",
        "disconnectPlatformAccount" => "... on NotFoundError { typeName } ... on InvalidStateError { currentState allowedStates }",
        _ => "... on ValidationError { field code } ... on NotFoundError { typeName }",
    };

    public async Task<(string Url, string State)> BeginAsync(GraphQLClient client, string platform, string redirect = Redirect, string? returnUrl = null,
        string? channelId = null, object? settings = null)
    {
        var payload = await MutateAsync(client, "beginPlatformAccountConnection", new { platform, redirectUri = redirect, returnUrl, channelId, settings },
            "authorizationUrl state");
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return (payload["authorizationUrl"]!.GetValue<string>(), payload["state"]!.GetValue<string>());
    }

    public Task<JsonNode> ConnectAsync(GraphQLClient client, string platform, string code, string state, string redirect = Redirect, object? settings = null) =>
        MutateAsync(client, "connectPlatformAccount", new { platform, authorizationCode = code, state, redirectUri = redirect, settings },
            "platformAccount { " + AccountFields + " }");

    /// <summary>Begins and completes an OAuth connection with an accepted code; returns the account.</summary>
    public async Task<JsonNode> ConnectOAuthAsync(GraphQLClient client, string platform, object? settings = null, string code = "good-code")
    {
        var (_, state) = await BeginAsync(client, platform);
        var payload = await ConnectAsync(client, platform, code, state, settings: settings);
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["platformAccount"]!;
    }

    public static string FirstError(JsonNode payload, string field = "__typename") => payload["errors"]![0]![field]!.GetValue<string>();

    public static Dictionary<string, string?> Query(string url)
    {
        var q = HttpUtility.ParseQueryString(new Uri(url).Query);
        return q.AllKeys.ToDictionary(k => k!, k => q[k]);
    }

    public static Guid IdOf(JsonNode account) => GlobalId.DecodeFor("PlatformAccount", account["id"]!.GetValue<string>());

    /// <summary>Runs <paramref name="work"/> on the module's DbContext with no owner (filters ignored explicitly).</summary>
    public async Task<T> DbAsync<T>(Func<PublishingDbContext, Task<T>> work)
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PublishingDbContext>());
    }

    public Task<List<PlatformAccount>> AccountRowsAsync() =>
        DbAsync(db => db.PlatformAccounts.IgnoreQueryFilters().AsNoTracking().ToListAsync());

    /// <summary>The raw <c>auth_config</c> column of every account, read with SQL (no entity mapping in between).</summary>
    public Task<List<string>> AuthConfigColumnAsync() =>
        DbAsync(db => db.Database.SqlQueryRaw<string>("SELECT auth_config AS \"Value\" FROM platform_accounts WHERE auth_config IS NOT NULL").ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Fake.Dispose();
        if (Directory.Exists(_exportRoot)) Directory.Delete(_exportRoot, true);
    }
}
