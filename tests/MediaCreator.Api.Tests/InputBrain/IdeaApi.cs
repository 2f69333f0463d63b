using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using SkiaSharp;

namespace MediaCreator.Api.Tests.InputBrain;

/// <summary>The Input Brain mutations and queries as a client sends them, with the error fragments each union allows.</summary>
internal static class IdeaApi
{
    public const string IdeaFields = """
        id prompt type status suggestionSource selectedVersionIndex createdAt
        project { id name }
        options { style aspectRatio durationSeconds language targetPlatforms versionCount audience tone custom }
        referenceAssets { id fileName }
        workflowDrafts { id }
        aiSuggestions { versionIndex title prompt hook outline visualStyle musicMood hashtags
          format { platform aspectRatio durationSeconds } rationale tags score scoreReasons source }
        versions { id versionIndex title prompt
          previewJob { id status taskName }
          previewAsset { id url mimeType fileName metadata { ... on ImageMetadata { width height } } } }
        """;

    public const string DraftFields = """
        id revision metadata estimatedCost { amount currency } idea { id }
        steps { key name kind taskName provider dependsOn bindings { targetField fromStep outputIndex } jobSpec maxAttempts retryDelaySeconds
          estimatedCost { amount currency } }
        """;

    private static readonly Dictionary<string, string[]> Unions = new()
    {
        ["createIdea"] = ["ValidationError", "NotFoundError", "ProviderUnavailableError"],
        ["selectIdeaVersion"] = ["ValidationError", "NotFoundError", "InvalidStateError"],
        ["generateWorkflowDraft"] = ["ValidationError", "NotFoundError", "InvalidStateError", "ProviderUnavailableError"],
        ["updateWorkflowDraft"] = ["ValidationError", "NotFoundError", "InvalidStateError", "ConflictError", "ProviderUnavailableError"],
        ["startWorkflowDraft"] = ["ValidationError", "NotFoundError", "InvalidStateError", "ProviderUnavailableError"],
    };

    private static readonly Dictionary<string, string> Fragments = new()
    {
        ["ValidationError"] = "field code",
        ["NotFoundError"] = "id typeName",
        ["InvalidStateError"] = "currentState allowedStates",
        ["ConflictError"] = "conflictingId",
        ["ProviderUnavailableError"] = "provider capability",
    };

    public static string Errors(string mutation) =>
        "errors { __typename ... on Error { message } " + string.Join(" ", Unions[mutation].Select(t => $"... on {t} {{ {Fragments[t]} }}")) + " }";

    /// <summary>Runs <paramref name="mutation"/> and returns its payload (top-level errors fail the test).</summary>
    public static async Task<JsonNode> MutateAsync(GraphQLClient client, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await client.DataAsync($$"""mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}} {{Errors(mutation)}} } }""", new { input });
        return data[mutation]!;
    }

    public static Task<JsonNode> CreateIdeaAsync(GraphQLClient client, object input) =>
        MutateAsync(client, "createIdea", input, $"idea {{ {IdeaFields} }} jobs {{ id status taskName }}");

    /// <summary>createIdea that must succeed; returns the idea.</summary>
    public static async Task<JsonNode> CreatedIdeaAsync(GraphQLClient client, object input)
    {
        var payload = await CreateIdeaAsync(client, input);
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["idea"]!;
    }

    public static async Task<JsonNode?> IdeaAsync(GraphQLClient client, string id) =>
        (await client.DataAsync($"query($id: ID!) {{ idea(id: $id) {{ {IdeaFields} }} }}", new { id }))["idea"];

    public static Task<JsonNode> SelectAsync(GraphQLClient client, string ideaId, int versionIndex) =>
        MutateAsync(client, "selectIdeaVersion", new { ideaId, versionIndex }, "idea { id status selectedVersionIndex selectedVersion { versionIndex title } }");

    public static Task<JsonNode> GenerateDraftAsync(GraphQLClient client, object input) =>
        MutateAsync(client, "generateWorkflowDraft", input, $"workflowDraft {{ {DraftFields} }}");

    public static Task<JsonNode> UpdateDraftAsync(GraphQLClient client, object input) =>
        MutateAsync(client, "updateWorkflowDraft", input, $"workflowDraft {{ {DraftFields} }}");

    public static async Task<JsonNode?> DraftAsync(GraphQLClient client, string id) =>
        (await client.DataAsync($"query($id: ID!) {{ workflowDraft(id: $id) {{ {DraftFields} }} }}", new { id }))["workflowDraft"];

    /// <summary>The only error of a payload, asserting its type.</summary>
    public static JsonNode SingleError(JsonNode payload, string typeName)
    {
        var errors = payload["errors"]?.AsArray();
        Assert.True(errors is { Count: 1 }, payload.ToJsonString());
        Assert.Equal(typeName, errors[0]!["__typename"]!.GetValue<string>());
        return errors[0]!;
    }

    /// <summary>Equal JSON, key order aside (PostgreSQL's jsonb stores keys in its own order).</summary>
    public static void SameJson(JsonNode expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\nactual   {actual?.ToJsonString()}");

    public static string Text(this JsonNode? node) => node!.GetValue<string>();

    public static List<string> Texts(this JsonNode? node) => [.. node!.AsArray().Select(n => n!.GetValue<string>())];

    /// <summary>Waits for each version's preview job to complete; returns the idea as read afterwards.</summary>
    public static async Task<JsonNode> WithCompletedPreviewsAsync(GraphQLClient client, JsonNode idea)
    {
        foreach (var version in idea["versions"]!.AsArray())
            await JobWaits.UntilAsync(client, version!["previewJob"]!["id"].Text(), "COMPLETED", TimeSpan.FromSeconds(90));
        return (await IdeaAsync(client, idea["id"].Text()))!;
    }

    /// <summary>The size of a PNG file, asserting it is one.</summary>
    public static (int Width, int Height) PngSize(byte[] bytes)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        return (bitmap.Width, bitmap.Height);
    }
}
