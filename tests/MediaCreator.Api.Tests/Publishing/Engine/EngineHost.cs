using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Engine;

/// <summary>
/// The real server on Kestrel with local storage, a feed folder and the platform clients pointed at <see cref="PlatformFakes"/>;
/// helpers that build an owner's READY episode around a real MP4 and insert connected accounts.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    public const string PlanSelection = """
        publications { id status platform scheduledTime externalPostId requiresApproval metadata uploadJob { id runAfter status } }
        jobs { id taskName kind provider runAfter status }
        errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { typeName }
          ... on InvalidStateError { currentState allowedStates } ... on UnsupportedMediaError { mimeType }
          ... on PlatformAuthorizationError { platform platformAccountId } }
        """;

    private EngineHost(ApiFactory factory, string storageRoot, string feedRoot)
    {
        Factory = factory;
        StorageRoot = storageRoot;
        FeedRoot = feedRoot;
    }

    public ApiFactory Factory { get; }
    public string StorageRoot { get; }
    public string FeedRoot { get; }

    public static async Task<EngineHost> StartAsync(PlatformFakes fakes, TestDatabase? database = null, string? storageRoot = null, string? feedRoot = null,
        bool keepsDatabase = false)
    {
        storageRoot ??= Directory.CreateTempSubdirectory("mediacreator-engine-assets-").FullName;
        feedRoot ??= Directory.CreateTempSubdirectory("mediacreator-engine-feeds-").FullName;
        var settings = fakes.Settings();
        settings["Storage:LocalRoot"] = storageRoot;
        settings["Storage:SigningKey"] = "engine-tests-signing-key-with-more-than-32-bytes";
        settings["Publishing:FileFeedStoreOptions:RootPath"] = feedRoot;
        settings["Workers:RetryBaseDelay"] = "00:00:00.100";
        settings["Workers:LeaseDuration"] = "00:00:02";
        var factory = new ApiFactory(database ?? await ApiFactory.CreateDatabaseAsync(), "Production", settings) { KeepsDatabase = keepsDatabase };
        factory.UseKestrel(0);
        factory.StartServer();
        return new EngineHost(factory, storageRoot, feedRoot);
    }

    public GraphQLClient Client(Guid owner) => GraphQLClient.AsUser(Factory, owner);

    public HttpClient Http() => Factory.CreateClient();

    /// <summary>A READY episode whose primary asset is <paramref name="mp4"/>, uploaded through <c>uploadAsset</c>.</summary>
    public async Task<Episode> EpisodeAsync(Guid owner, byte[] mp4)
    {
        var client = Client(owner);
        var (project, channel, _, episode) = await DashboardApi.StructureAsync(client);
        var asset = await UploadAsync(owner, project, mp4);
        var updated = await DashboardApi.MutateAsync(client, "updateEpisode", new { episodeId = episode, status = "READY", primaryAssetId = asset }, "episode { id status }");
        Assert.True(updated["errors"] is null, updated.ToJsonString());
        return new Episode(project, channel, episode, asset);
    }

    public async Task<string> UploadAsync(Guid owner, string project, byte[] bytes, string fileName = "episode.mp4", string contentType = "video/mp4")
    {
        var operations = JsonSerializer.Serialize(new
        {
            query = "mutation ($input: UploadAssetInput!) { uploadAsset(input: $input) { asset { id } errors { __typename ... on Error { message } } } }",
            variables = new { input = new { projectId = project, file = (object?)null } },
        });
        using var content = new MultipartFormDataContent
        {
            { new StringContent(operations, Encoding.UTF8, "application/json"), "operations" },
            { new StringContent("""{"0":["variables.input.file"]}""", Encoding.UTF8, "application/json"), "map" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Add(file, "0", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("GraphQL-Preflight", "1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Infrastructure.Tokens.ForUser(owner));
        using var http = Http();
        using var response = await http.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var asset = json["data"]?["uploadAsset"]?["asset"]?["id"]?.GetValue<string>();
        Assert.True(asset is not null, json.ToJsonString());
        return asset;
    }

    /// <summary>A connected account row with encrypted credentials, as the connect flow stores it.</summary>
    public async Task<string> AccountAsync(Guid owner, string platform, string externalId, PlatformCredentials credentials, string? channelGlobalId = null,
        PlatformConnectionStatus status = PlatformConnectionStatus.Connected, string? metadataJson = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(owner, [ApiKeyScopes.Full]);
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        var account = new PlatformAccount
        {
            OwnerId = owner, Platform = platform, ExternalId = externalId, Name = $"{platform} account", ConnectionStatus = status,
            ProtectedAuthConfig = scope.ServiceProvider.GetRequiredService<PlatformCredentialProtector>().Protect(credentials),
            ChannelId = channelGlobalId is null ? null : GlobalId.DecodeFor("ContentChannel", channelGlobalId), MetadataJson = metadataJson,
        };
        db.PlatformAccounts.Add(account);
        await db.SaveChangesAsync();
        return GlobalId.Encode("PlatformAccount", account.Id);
    }

    public static PlatformCredentials Tokens(string access, string refresh = "refresh-1") =>
        new(access, refresh, DateTimeOffset.UtcNow.AddHours(1));

    /// <summary>Details every test declares: the audience (never assumed) and the synthetic-media flag.</summary>
    public static object Details(string title = "Pad kra pao in 5 minutes") =>
        new { title, description = "Thai basil stir fry", tags = new[] { "thai" }, platformOptions = new { madeForKids = false, containsSyntheticMedia = true } };

    public Task<JsonNode> PlanAsync(Guid owner, object input) => MutateAsync(owner, "planPublication", input, PlanSelection);

    /// <summary>Runs <paramref name="mutation"/> with its input and returns its payload (no GraphQL errors allowed).</summary>
    public async Task<JsonNode> MutateAsync(Guid owner, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await Client(owner).DataAsync($$"""mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}} } }""", new { input });
        return data[mutation]!;
    }

    public const string PublicationJobSelection = """
        publication { id status scheduledTime failReason failCode uploadJob { id status runAfter } } job { id runAfter status }
        errors { __typename ... on Error { message } ... on ValidationError { field code } ... on InvalidStateError { currentState allowedStates } }
        """;

    public async Task<JsonNode> PublicationAsync(Guid owner, string id) =>
        (await Client(owner).DataAsync("""
            query($id: ID!) { publication(id: $id) { id status platform externalPostId postUrl publishedTime failReason failCode scheduledTime
              approvedAt metadata uploadJob { id status attempt runAfter result { __typename ... on PublicationRecord { id status } } }
              episode { id status } } }
            """, new { id }))["publication"]!;

    /// <summary>Polls the publication until <paramref name="done"/> holds (or fails after <paramref name="seconds"/>).</summary>
    public async Task<JsonNode> WaitAsync(Guid owner, string id, Func<JsonNode, bool> done, int seconds = 40)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var publication = await PublicationAsync(owner, id);
            if (done(publication)) return publication;
            if (watch.Elapsed > TimeSpan.FromSeconds(seconds)) Assert.Fail($"Publication never reached the expected state: {publication.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    public static void AssertStatus(string expected, JsonNode publication) =>
        Assert.True(publication["status"]!.GetValue<string>() == expected, $"expected {expected}: {publication.ToJsonString()}");

    public static Func<JsonNode, bool> Status(params string[] statuses) => p => statuses.Contains(p["status"]!.GetValue<string>());

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    public sealed record Episode(string Project, string Channel, string Id, string Asset);
}
