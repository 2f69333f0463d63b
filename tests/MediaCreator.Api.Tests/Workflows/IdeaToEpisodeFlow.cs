using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.Api.Tests.Video;

namespace MediaCreator.Api.Tests.Workflows;

/// <summary>
/// The spec's integration flow as a client drives it: idea → versions (with previews) → select → draft → (edit) →
/// start → music, thumbnail and video jobs → episode READY, watched over onProjectEvent. Shared by the in-process and
/// the Redis runs.
/// </summary>
internal sealed class IdeaToEpisodeFlow(ApiFactory factory, GraphQLClient client, Guid owner)
{
    private const string Errors = "errors { __typename ... on Error { message } }";

    public string Project { get; private set; } = null!;
    public string Run { get; private set; } = null!;
    public List<(string Type, string? Step, string? Task)> Events { get; } = [];

    public async Task<JsonNode> CreateIdeaAsync()
    {
        var created = (await client.DataAsync($$"""
            mutation($input: CreateIdeaInput!) { createIdea(input: $input) {
              idea { id status project { id name } suggestionSource aiSuggestions { title hook outline visualStyle musicMood hashtags format { platform aspectRatio durationSeconds } }
                     versions { versionIndex title previewJob { id } } }
              jobs { id taskName status } {{Errors}} } }
            """, new { input = new
            {
                type = "VIDEO", prompt = "A street food tour of Bangkok night markets for first-time visitors",
                options = new { durationSeconds = 6, aspectRatio = "RATIO_9_16", targetPlatforms = new[] { "TIKTOK" }, versionCount = 2, language = "en" },
            } }))["createIdea"]!;
        Assert.True(created["errors"] is null, created.ToJsonString());
        var idea = created["idea"]!;
        Project = idea["project"]!["id"]!.GetValue<string>();
        Assert.Equal(2, idea["versions"]!.AsArray().Count);
        Assert.All(created["jobs"]!.AsArray(), j => Assert.Equal("image.generate", j!["taskName"]!.GetValue<string>()));
        return idea;
    }

    /// <summary>Selects version 1, drafts, shrinks the video frame for test time, starts, and follows the run to its end.</summary>
    /// <param name="publishToAccountId">A platform account the draft publishes the video to (a publishing step).</param>
    public async Task<JsonNode> RunAsync(JsonNode idea, string? publishToAccountId = null)
    {
        var ideaId = idea["id"]!.GetValue<string>();
        await using var ws = await WsTestClient.ConnectAckedAsync(factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(owner) });
        await ws.SendAsync(new { type = "subscribe", id = "p", payload = new {
            query = """
                subscription($p: ID!) { onProjectEvent(projectId: $p) { type
                  ... on WorkflowRunEvent { workflowRun { id status } step { key } }
                  ... on JobEvent { job { taskName workflowStepKey parentJob { id } } }
                  ... on EpisodeEvent { episode { id status } } } }
                """,
            variables = new { p = Project } } });
        await Task.Delay(300); // the subscription is set up asynchronously on the server

        var selected = (await client.DataAsync($$"""
            mutation($id: ID!) { selectIdeaVersion(input: { ideaId: $id, versionIndex: 1 }) { idea { status selectedVersionIndex selectedVersion { title } } {{Errors}} } }
            """, new { id = ideaId }))["selectIdeaVersion"]!;
        Assert.Equal("SELECTED", selected["idea"]!["status"]!.GetValue<string>());

        var drafted = (await client.DataAsync($$"""
            mutation($id: ID!, $accounts: [ID!]) { generateWorkflowDraft(input: { ideaId: $id, publishToAccountIds: $accounts }) { workflowDraft { id revision estimatedCost { amount currency }
              steps { key name taskName provider dependsOn bindings { targetField fromStep outputIndex } jobSpec maxAttempts retryDelaySeconds } }
              errors { __typename ... on Error { message } } } }
            """, new { id = ideaId, accounts = publishToAccountId is null ? null : new[] { publishToAccountId } }))["generateWorkflowDraft"]!;
        Assert.True(drafted["errors"] is null, drafted.ToJsonString());
        var draft = drafted["workflowDraft"]!;
        var steps = draft["steps"]!.AsArray();
        Assert.Equal(publishToAccountId is null ? ["music", "thumbnail", "video"] : ["music", "thumbnail", "video", "publish_1"],
            steps.Select(s => s!["key"]!.GetValue<string>()));
        var video = steps.First(s => s!["key"]!.GetValue<string>() == "video")!;
        Assert.Equal("video.musicAssetId", video["bindings"]![0]!["targetField"]!.GetValue<string>());
        Assert.Equal("video.generate", video["taskName"]!.GetValue<string>());

        // Edit before start: a small frame keeps the render in test time; everything else goes back as drafted.
        var edited = steps.Select(s =>
        {
            var job = s!["jobSpec"]!.DeepClone();
            if (job["video"] is JsonObject v) v["resolution"] = new JsonObject { ["width"] = 180, ["height"] = 320 };
            if (job["image"] is JsonObject i) (i["width"], i["height"]) = (320, 180);
            return new
            {
                key = s["key"]!.GetValue<string>(), name = s["name"]!.GetValue<string>(),
                dependsOn = s["dependsOn"]!.AsArray().Select(d => d!.GetValue<string>()).ToArray(),
                bindings = s["bindings"]!.AsArray().Select(b => JsonSerializer.Deserialize<JsonElement>(b!.ToJsonString())).ToArray(),
                job = JsonSerializer.Deserialize<JsonElement>(job.ToJsonString()),
                retry = new { maxAttempts = s["maxAttempts"]!.GetValue<int>(), delaySeconds = 1 },
            };
        }).ToArray();
        var updated = (await client.DataAsync("""
            mutation($input: UpdateWorkflowDraftInput!) { updateWorkflowDraft(input: $input) { workflowDraft { revision } errors { __typename ... on Error { message } } } }
            """, new { input = new { draftId = draft["id"]!.GetValue<string>(), steps = edited, expectedRevision = draft["revision"]!.GetValue<int>() } }))["updateWorkflowDraft"]!;
        Assert.True(updated["errors"] is null, updated.ToJsonString());
        Assert.Equal(draft["revision"]!.GetValue<int>() + 1, updated["workflowDraft"]!["revision"]!.GetValue<int>());

        var started = (await client.DataAsync($$"""
            mutation($id: ID!) { startWorkflowDraft(input: { draftId: $id }) { workflowRun { id status draft { id } } idea { status } {{Errors}} } }
            """, new { id = draft["id"]!.GetValue<string>() }))["startWorkflowDraft"]!;
        Assert.True(started["errors"] is null, started.ToJsonString());
        Assert.Equal("CONVERTED_TO_WORKFLOW", started["idea"]!["status"]!.GetValue<string>());
        Run = started["workflowRun"]!["id"]!.GetValue<string>();

        // Until the run completes, then (bounded) until each step's JOB_COMPLETED is in: with a worker process, the API's
        // and the worker's outbox relays deliver side by side, so the order across the two processes is not fixed.
        var drainUntil = DateTime.MaxValue;
        while (DateTime.UtcNow < drainUntil - TimeSpan.FromMilliseconds(50))
        {
            if (drainUntil == DateTime.MaxValue && Events.Any(e => e.Type == "WORKFLOW_COMPLETED")) drainUntil = DateTime.UtcNow.AddSeconds(30);
            if (drainUntil != DateTime.MaxValue && StepTasks.All(st => Events.Contains(("JOB_COMPLETED", st.Step, st.Task)))) break;
            JsonElement message;
            try
            {
                message = await ws.ReceiveAsync(drainUntil == DateTime.MaxValue ? TimeSpan.FromMinutes(3) : drainUntil - DateTime.UtcNow);
            }
            catch (OperationCanceledException) when (drainUntil != DateTime.MaxValue)
            {
                break; // the assertions name what is missing
            }
            if (message.GetProperty("type").GetString() != "next") continue;
            var e = message.GetProperty("payload").GetProperty("data").GetProperty("onProjectEvent");
            var type = e.GetProperty("type").GetString()!;
            string? step = null, task = null;
            if (e.TryGetProperty("step", out var s) && s.ValueKind == JsonValueKind.Object) step = s.GetProperty("key").GetString();
            if (e.TryGetProperty("job", out var j) && j.ValueKind == JsonValueKind.Object)
            {
                // Only the run's own step jobs: not the idea's previews, nor the video job's scene images.
                if (j.GetProperty("parentJob").ValueKind != JsonValueKind.Null || j.GetProperty("workflowStepKey").ValueKind == JsonValueKind.Null) continue;
                (step, task) = (j.GetProperty("workflowStepKey").GetString(), j.GetProperty("taskName").GetString());
            }
            else if (!type.StartsWith("WORKFLOW_", StringComparison.Ordinal) && type != "EPISODE_READY")
            {
                continue; // ASSET_CREATED and the like: the rows are checked below
            }
            Events.Add((type, step, task));
        }
        return await WorkflowApi.GetAsync(client, Run);
    }

    private static readonly (string Step, string Task)[] StepTasks = [("music", "music.generate"), ("thumbnail", "image.generate"), ("video", "video.generate")];

    /// <summary>The run's end state, checked on the rows and on the decoded video.</summary>
    public async Task AssertEpisodeAsync(JsonNode run, bool published = false)
    {
        Assert.True(run["status"]!.GetValue<string>() == "COMPLETED", run.ToJsonString());
        var types = Events.Select(e => e.Type).ToList();
        Assert.Equal("WORKFLOW_STARTED", types[0]);
        Assert.Single(types, t => t == "WORKFLOW_COMPLETED");
        Assert.True(types.IndexOf("EPISODE_READY") < types.IndexOf("WORKFLOW_COMPLETED"));
        foreach (var (step, task) in StepTasks)
        {
            Assert.Contains(("JOB_CREATED", step, task), Events);
            Assert.Contains(("JOB_COMPLETED", step, task), Events);
        }
        // The video was rendered with the music step's track (bound), and its own scenes came from image jobs.
        var music = WorkflowApi.Step(run, "music")["job"]!["outputs"]![0]!["id"]!.GetValue<string>();
        var videoStep = WorkflowApi.Step(run, "video");
        var videoJob = (await client.DataAsync("query($id: ID!) { job(id: $id) { inputPayload childJobs { taskName status } } }",
            new { id = videoStep["job"]!["id"]!.GetValue<string>() }))["job"]!;
        Assert.Equal(Modules.Core.GraphQL.Relay.GlobalId.DecodeFor("Asset", music).ToString(), videoJob["inputPayload"]!["musicAssetId"]!.GetValue<string>());
        Assert.Contains(videoJob["childJobs"]!.AsArray(), c => c!["taskName"]!.GetValue<string>() == "image.generate" && c["status"]!.GetValue<string>() == "COMPLETED");

        var episode = run["episode"]!;
        Assert.Equal(published ? "PUBLISHED" : "READY", episode["status"]!.GetValue<string>());
        Assert.Equal("VIDEO", episode["primaryAsset"]!["type"]!.GetValue<string>());
        var primary = videoStep["job"]!["outputs"]![0]!;
        Assert.Equal(primary["id"]!.GetValue<string>(), episode["primaryAsset"]!["id"]!.GetValue<string>());
        Assert.Equal("Ideas", episode["series"]!["name"]!.GetValue<string>());
        Assert.Equal("video", episode["metadata"]!["contentType"]!.GetValue<string>());

        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForUser(owner));
        var bytes = await http.GetByteArrayAsync(primary["url"]!.GetValue<string>());
        var (duration, width, height) = await VideoClips.ProbeAsync(bytes);
        Assert.Equal((180, 320), (width, height));
        Assert.InRange(duration, 4.5, 9);
        // Not a black frame: the scene images are in the picture.
        var (pixels, _, _) = await VideoClips.FrameAsync(bytes, duration / 2);
        Assert.True(pixels.Distinct().Count() > 16, "the middle frame is flat");

        var listed = await client.DataAsync("query($p: ID!) { project(id: $p) { episodes { nodes { id title } } costSummary { spent } } }", new { p = Project });
        Assert.Equal(episode["id"]!.GetValue<string>(), listed["project"]!["episodes"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }
}
