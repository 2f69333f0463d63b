using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.GraphQL.Relay;
using static MediaCreator.Api.Tests.InputBrain.IdeaApi;

namespace MediaCreator.Api.Tests.InputBrain;

/// <summary>selectIdeaVersion, generateWorkflowDraft and updateWorkflowDraft on a VIDEO idea, and the draft's cost estimate.</summary>
public sealed class WorkflowDraftTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private IdeaHost _factory = null!;
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = await IdeaHost.StartAsync();
        _client = _factory.AsUser(_owner);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<JsonNode> VideoIdeaAsync() => await CreatedIdeaAsync(_client, new
    {
        type = "VIDEO", prompt = "three rainy day snacks kids can make", projectName = "Snacks",
        options = new { aspectRatio = "RATIO_9_16", targetPlatforms = new[] { "TIKTOK" }, durationSeconds = 20.0, versionCount = 2 },
    });

    private async Task<JsonNode> DraftOfSelectedAsync(int version = 1)
    {
        var idea = await VideoIdeaAsync();
        var selected = await SelectAsync(_client, idea["id"].Text(), version);
        Assert.True(selected["errors"] is null, selected.ToJsonString());
        var payload = await GenerateDraftAsync(_client, new { ideaId = idea["id"].Text() });
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["workflowDraft"]!;
    }

    /// <summary>The draft's steps as WorkflowStepInputs (what a client sends back to keep them).</summary>
    private static List<JsonObject> StepInputs(JsonNode draft) =>
    [
        .. draft["steps"]!.AsArray().Select(s => new JsonObject
        {
            ["key"] = s!["key"]!.DeepClone(), ["name"] = s["name"]!.DeepClone(), ["dependsOn"] = s["dependsOn"]!.DeepClone(),
            ["bindings"] = s["bindings"]!.DeepClone(), ["job"] = s["jobSpec"]!.DeepClone(),
            ["retry"] = new JsonObject { ["maxAttempts"] = s["maxAttempts"]!.DeepClone(), ["delaySeconds"] = s["retryDelaySeconds"]!.DeepClone() },
        }),
    ];

    private static JsonObject Step(List<JsonObject> steps, string key) => steps.Single(s => s["key"]!.GetValue<string>() == key);

    private async Task<JsonNode> EstimateAsync(string draftId) =>
        (await _client.DataAsync("""
            query($id: ID!) { estimateWorkflowCost(input: { draftId: $id }) {
              total { amount currency } totals { amount currency } withinBudget
              steps { key taskName provider estimatedCost { amount currency } }
              errors { __typename ... on Error { message } } } }
            """, new { id = draftId }))["estimateWorkflowCost"]!;

    private static decimal Amount(JsonNode? money) => money!["amount"]!.GetValue<decimal>();

    [Fact]
    public async Task Select_ChecksTheIndexAndTheIdea_GenerateNeedsASelection_ThenPlansMusicThumbnailAndTheVideoBoundToTheMusic()
    {
        var idea = await VideoIdeaAsync();
        var ideaId = idea["id"].Text();

        foreach (var index in new[] { 2, -1 })
        {
            var error = SingleError(await SelectAsync(_client, ideaId, index), "ValidationError");
            Assert.Equal(("input.versionIndex", "OUT_OF_RANGE"), (error["field"].Text(), error["code"].Text()));
        }
        var unknown = GlobalId.Encode("ContentIdea", Guid.NewGuid());
        var notFound = SingleError(await SelectAsync(_client, unknown, 0), "NotFoundError");
        Assert.Equal(("ContentIdea", unknown), (notFound["typeName"].Text(), notFound["id"].Text()));

        var early = SingleError(await GenerateDraftAsync(_client, new { ideaId }), "InvalidStateError");
        Assert.Equal("DRAFT", early["currentState"].Text());
        Assert.Contains("SELECTED", early["allowedStates"].Texts());
        Assert.Empty((await IdeaAsync(_client, ideaId))!["workflowDrafts"]!.AsArray());

        var selected = await SelectAsync(_client, ideaId, 1);
        Assert.True(selected["errors"] is null, selected.ToJsonString());
        Assert.Equal(("SELECTED", 1), (selected["idea"]!["status"].Text(), selected["idea"]!["selectedVersionIndex"]!.GetValue<int>()));
        Assert.Equal(idea["versions"]![1]!["title"].Text(), selected["idea"]!["selectedVersion"]!["title"].Text());

        var payload = await GenerateDraftAsync(_client, new { ideaId, instructions = "end with a taste test" });
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var draft = payload["workflowDraft"]!;
        Assert.Equal(ideaId, draft["idea"]!["id"].Text());
        var steps = draft["steps"]!.AsArray();
        var keys = steps.Select(s => s!["key"].Text()).ToList();
        Assert.Equal(["music", "thumbnail", "video"], keys.Order());
        Assert.True(keys.IndexOf("music") < keys.IndexOf("video"), string.Join(",", keys));
        JsonNode StepOf(string key) => steps.Single(s => s!["key"].Text() == key)!;
        Assert.Equal(("music.generate", "image.generate", "video.generate"),
            (StepOf("music")["taskName"].Text(), StepOf("thumbnail")["taskName"].Text(), StepOf("video")["taskName"].Text()));
        var video = StepOf("video");
        Assert.Equal(["music"], video["dependsOn"].Texts());
        var binding = Assert.Single(video["bindings"]!.AsArray())!;
        Assert.Equal(("video.musicAssetId", "music", 0), (binding["targetField"].Text(), binding["fromStep"].Text(), binding["outputIndex"]!.GetValue<int>()));
        var spec = video["jobSpec"]!["video"]!;
        Assert.Equal(("GENERATE", "RATIO_9_16", 20.0), (spec["mode"].Text(), spec["aspectRatio"].Text(), spec["durationSeconds"]!.GetValue<double>()));
        Assert.Contains("end with a taste test", spec["prompt"].Text());
        Assert.Equal(720, spec["resolution"]!["height"]!.GetValue<int>());
        Assert.Equal(20.0, StepOf("music")["jobSpec"]!["audio"]!["durationSeconds"]!.GetValue<double>());
        Assert.Equal("input-brain", draft["metadata"]!["planner"].Text());

        // Built-in providers (composer, skia, ffmpeg) cost nothing; the draft's estimate is the estimate query's.
        var estimate = await EstimateAsync(draft["id"].Text());
        Assert.Empty(estimate["errors"]!.AsArray());
        Assert.Equal((0m, "USD"), (Amount(draft["estimatedCost"]), draft["estimatedCost"]!["currency"].Text()));
        Assert.Equal(Amount(draft["estimatedCost"]), Amount(estimate["total"]));
        Assert.Equal(draft["estimatedCost"]!["currency"].Text(), estimate["total"]!["currency"].Text());

        var after = (await IdeaAsync(_client, ideaId))!;
        Assert.Equal("SELECTED", after["status"].Text());
        Assert.Equal([draft["id"].Text()], after["workflowDrafts"]!.AsArray().Select(d => d!["id"].Text()));
    }

    public static TheoryData<string, string, string, string> InvalidUpdates => new()
    {
        { "cycle", "ValidationError", "CYCLE", "input.steps" },
        { "unknown dependsOn", "ValidationError", "UNKNOWN_STEP", "input.steps[1].dependsOn[0]" },
        { "binding into a non-ID field", "ValidationError", "INVALID_BINDING", "input.steps[2].bindings[0].targetField" },
        { "missing required binding", "ValidationError", "MISSING_BINDING", "input.steps[2].bindings" },
        { "provider without the capability", "ProviderUnavailableError", "runway", "image.generate" },
    };

    [Theory]
    [MemberData(nameof(InvalidUpdates))]
    public async Task InvalidUpdate_IsItsTypedError_AndLeavesTheDraftUnchanged(string change, string errorType, string code, string field)
    {
        var draft = await DraftOfSelectedAsync();
        var steps = StepInputs(draft);
        Assert.Equal(["music", "thumbnail", "video"], steps.Select(s => s["key"]!.GetValue<string>()));
        switch (change)
        {
            case "cycle":
                Step(steps, "music")["dependsOn"] = new JsonArray("video");
                break;
            case "unknown dependsOn":
                Step(steps, "thumbnail")["dependsOn"] = new JsonArray("storyboard");
                break;
            case "binding into a non-ID field":
                Step(steps, "video")["bindings"]![0]!["targetField"] = "video.prompt";
                break;
            case "missing required binding":
                Step(steps, "video")["job"] = new JsonObject { ["video"] = new JsonObject { ["mode"] = "EDIT" } };
                Step(steps, "video")["bindings"] = new JsonArray();
                break;
            default:
                Step(steps, "thumbnail")["job"]!["image"]!["provider"] = "runway";
                break;
        }

        var payload = await UpdateDraftAsync(_client, new { draftId = draft["id"].Text(), steps });

        Assert.Null(payload["workflowDraft"]);
        var error = SingleError(payload, errorType);
        if (errorType == "ValidationError")
        {
            Assert.Equal((code, field), (error["code"].Text(), error["field"].Text()));
        }
        else
        {
            Assert.Equal((code, field), (error["provider"].Text(), error["capability"].Text()));
            Assert.Contains("skia", error["message"].Text());
        }
        var after = (await DraftAsync(_client, draft["id"].Text()))!;
        SameJson(draft, after);
    }

    [Fact]
    public async Task ValidUpdate_BumpsTheRevision_AStaleRevisionIsAConflict()
    {
        var draft = await DraftOfSelectedAsync();
        var draftId = draft["id"].Text();
        var revision = draft["revision"]!.GetValue<int>();
        var steps = StepInputs(draft).Where(s => s["key"]!.GetValue<string>() != "thumbnail").ToList();

        var payload = await UpdateDraftAsync(_client, new { draftId, steps, expectedRevision = revision, metadata = new { note = "no thumbnail" } });

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var updated = payload["workflowDraft"]!;
        Assert.Equal(revision + 1, updated["revision"]!.GetValue<int>());
        Assert.Equal(["music", "video"], updated["steps"]!.AsArray().Select(s => s!["key"].Text()));
        Assert.Equal("no thumbnail", updated["metadata"]!["note"].Text());

        var stale = await UpdateDraftAsync(_client, new { draftId, steps = StepInputs(draft), expectedRevision = revision });
        var conflict = SingleError(stale, "ConflictError");
        Assert.Equal(draftId, conflict["conflictingId"].Text());
        Assert.Contains($"revision {revision + 1}", conflict["message"].Text());
        SameJson(updated, await DraftAsync(_client, draftId));
    }

    [Fact]
    public async Task PricedProviders_GiveTheHandComputedEstimate_InTheDraftAndTheEstimateQuery()
    {
        var draft = await DraftOfSelectedAsync();
        var steps = StepInputs(draft);
        // openai-images: 0.04 USD per output; runway video: 0.05 USD per second.
        Step(steps, "thumbnail")["job"]!["image"]!["provider"] = "openai-images";
        steps.Add(new JsonObject
        {
            ["key"] = "variants", ["name"] = "Thumbnail variants",
            ["job"] = new JsonObject
            {
                ["image"] = new JsonObject { ["mode"] = "BATCH", ["prompt"] = "three snack thumbnails", ["batchCount"] = 3, ["provider"] = "openai-images", ["width"] = 720, ["height"] = 1280 },
            },
        });
        Step(steps, "video")["job"]!["video"]!["provider"] = "runway";

        var payload = await UpdateDraftAsync(_client, new { draftId = draft["id"].Text(), steps });

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var updated = payload["workflowDraft"]!;
        var costs = updated["steps"]!.AsArray().ToDictionary(s => s!["key"].Text(), s => s!["estimatedCost"]);
        Assert.Equal(0.04m, Amount(costs["thumbnail"]));
        Assert.Equal(3 * 0.04m, Amount(costs["variants"]));
        Assert.Equal(20 * 0.05m, Amount(costs["video"]));
        Assert.Equal(0m, Amount(costs["music"]));
        const decimal total = 0.04m + 0.12m + 1.00m;
        Assert.Equal((total, "USD"), (Amount(updated["estimatedCost"]), updated["estimatedCost"]!["currency"].Text()));

        var estimate = await EstimateAsync(draft["id"].Text());
        Assert.Empty(estimate["errors"]!.AsArray());
        Assert.Equal(total, Amount(estimate["total"]));
        var totals = Assert.Single(estimate["totals"]!.AsArray())!;
        Assert.Equal((total, "USD"), (Amount(totals), totals["currency"].Text()));
        Assert.Equal(
            updated["steps"]!.AsArray().Select(s => (s!["key"].Text(), Amount(s["estimatedCost"]))).Order(),
            estimate["steps"]!.AsArray().Select(s => (s!["key"].Text(), Amount(s["estimatedCost"]))).Order());
        Assert.Equal(("openai-images", "runway"),
            (estimate["steps"]!.AsArray().Single(s => s!["key"].Text() == "variants")!["provider"].Text(),
             estimate["steps"]!.AsArray().Single(s => s!["key"].Text() == "video")!["provider"].Text()));
    }
}
