using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.TestSupport;

namespace MediaCreator.Api.Tests.Storage;

/// <summary>The real server on Kestrel with storage under a temporary root, plus upload/download helpers.</summary>
internal sealed class StorageApi : IAsyncDisposable
{
    public const long MaxUploadBytes = 2_000_000;
    public const string AssetFields = """
        id type fileName mimeType sizeBytes path url thumbnailUrl rawMetadata tags
        metadata { __typename
          ... on ImageMetadata { width height imageFormat: format aspectRatio hasAlpha dpi }
          ... on VideoMetadata { duration width height fps hasAudio aspectRatio codec bitrateKbps }
          ... on AudioMetadata { duration sampleRate channels audioFormat: format bitrateKbps }
          ... on SubtitleMetadata { subtitleFormat: format language cueCount } }
        """;

    private StorageApi(ApiFactory factory, string root)
    {
        Factory = factory;
        Root = root;
    }

    public ApiFactory Factory { get; }
    public string Root { get; }

    public static async Task<StorageApi> StartAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var root = Directory.CreateTempSubdirectory("mediacreator-assets-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:LocalRoot"] = root,
            ["Storage:SigningKey"] = "storage-tests-signing-key-with-more-than-32-bytes",
            ["Storage:MaxUploadBytes"] = MaxUploadBytes.ToString(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var factory = new ApiFactory(await ApiFactory.CreateDatabaseAsync(), "Production", settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return new StorageApi(factory, root);
    }

    public HttpClient ClientFor(Guid owner)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForUser(owner));
        return client;
    }

    public async Task<string> CreateProjectAsync(Guid owner)
    {
        var data = await GraphQLClient.AsUser(Factory, owner).DataAsync("""mutation { createProject(input: { name: "Storage" }) { project { id } } }""");
        return data["createProject"]!["project"]!["id"]!.GetValue<string>();
    }

    /// <summary>A GraphQL multipart request (operations, map, one file part) for <c>uploadAsset</c>; returns its payload.</summary>
    public async Task<JsonNode> UploadAsync(Guid owner, string projectId, string fileName, string contentType, byte[] bytes, object? metadata = null)
    {
        var operations = JsonSerializer.Serialize(new
        {
            query = $$"""
                mutation ($input: UploadAssetInput!) { uploadAsset(input: $input) {
                  asset { {{AssetFields}} }
                  errors { __typename ... on Error { message }
                    ... on UnsupportedMediaError { mimeType supportedMimeTypes }
                    ... on QuotaExceededError { quota limit used }
                    ... on NotFoundError { typeName }
                    ... on ValidationError { field code } } } }
                """,
            variables = new { input = new { projectId, file = (object?)null, tags = new[] { "test" }, metadata } },
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
        using var response = await ClientFor(owner).SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, body);
        return json["data"]!["uploadAsset"]!;
    }

    public async Task<JsonNode> QueryAsync(Guid owner, string query, object? variables = null)
    {
        using var response = await ClientFor(owner).PostAsJsonAsync("/graphql", new { query, variables });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Fetches a signed URL with no credentials at all: the URL is the capability.</summary>
    public async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure?.Invoke(request);
        return await Factory.CreateClient().SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
