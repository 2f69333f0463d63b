using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using static MediaCreator.Api.Tests.InputBrain.IdeaApi;

namespace MediaCreator.Api.Tests.InputBrain;

/// <summary>A second owner sees none of the first owner's ideas, versions and drafts, and cannot act on them.</summary>
public sealed class IdeaOwnerIsolationTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private readonly Guid _stranger = Guid.NewGuid();
    private IdeaHost _factory = null!;

    public async Task InitializeAsync() => _factory = await IdeaHost.StartAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Stranger_GetsNullEmptyAndNotFound_TheOwnerStillSeesEverything()
    {
        var owner = _factory.AsUser(_owner);
        var idea = await CreatedIdeaAsync(owner, new { type = "VIDEO", prompt = "sunrise yoga on the beach", options = new { versionCount = 2 } });
        var ideaId = idea["id"].Text();
        var versionId = idea["versions"]![0]!["id"].Text();
        Assert.True((await SelectAsync(owner, ideaId, 0))["errors"] is null);
        var generated = await GenerateDraftAsync(owner, new { ideaId });
        Assert.True(generated["errors"] is null, generated.ToJsonString());
        var draft = generated["workflowDraft"]!;
        var draftId = draft["id"].Text();
        var stranger = _factory.AsUser(_stranger);
        // The stranger has ideas of their own, so an empty list is not just an empty database.
        await CreatedIdeaAsync(stranger, new { type = "IMAGE", prompt = "a lighthouse poster", options = new { versionCount = 1 } });

        const string Lookups = """
            query($idea: ID!, $version: ID!, $draft: ID!) {
              idea(id: $idea) { id } workflowDraft(id: $draft) { id }
              ideaNode: node(id: $idea) { id } versionNode: node(id: $version) { id } draftNode: node(id: $draft) { id }
              nodes(ids: [$idea, $version, $draft]) { id }
              ideas { totalCount nodes { id prompt } } }
            """;
        var variables = new { idea = ideaId, version = versionId, draft = draftId };
        var seen = await stranger.DataAsync(Lookups, variables);
        foreach (var field in new[] { "idea", "workflowDraft", "ideaNode", "versionNode", "draftNode" })
            Assert.True(seen[field] is null, $"{field}: {seen[field]}");
        Assert.All(seen["nodes"]!.AsArray(), n => Assert.Null(n));
        Assert.Equal(["a lighthouse poster"], seen["ideas"]!["nodes"]!.AsArray().Select(n => n!["prompt"].Text()));

        var steps = draft["steps"]!.AsArray().Select(s => new JsonObject
        {
            ["key"] = s!["key"]!.DeepClone(), ["dependsOn"] = s["dependsOn"]!.DeepClone(), ["bindings"] = s["bindings"]!.DeepClone(), ["job"] = s["jobSpec"]!.DeepClone(),
        }).ToList();
        var attempts = new (string Mutation, JsonNode Payload, string TypeName, string Id)[]
        {
            ("selectIdeaVersion", await SelectAsync(stranger, ideaId, 1), "ContentIdea", ideaId),
            ("generateWorkflowDraft", await GenerateDraftAsync(stranger, new { ideaId }), "ContentIdea", ideaId),
            ("updateWorkflowDraft", await UpdateDraftAsync(stranger, new { draftId, steps }), "WorkflowDraft", draftId),
            ("startWorkflowDraft", await MutateAsync(stranger, "startWorkflowDraft", new { draftId }, "workflowRun { id } idea { id }"), "WorkflowDraft", draftId),
        };
        foreach (var (mutation, payload, typeName, id) in attempts)
        {
            var error = SingleError(payload, "NotFoundError");
            Assert.True((typeName, id) == (error["typeName"].Text(), error["id"].Text()), $"{mutation}: {payload.ToJsonString()}");
        }

        // Nothing changed for the owner.
        var mine = await owner.DataAsync(Lookups, variables);
        Assert.Equal((ideaId, draftId, versionId), (mine["idea"]!["id"].Text(), mine["workflowDraft"]!["id"].Text(), mine["versionNode"]!["id"].Text()));
        Assert.Equal(["sunrise yoga on the beach"], mine["ideas"]!["nodes"]!.AsArray().Select(n => n!["prompt"].Text()));
        var after = (await IdeaAsync(owner, ideaId))!;
        Assert.Equal(("SELECTED", 0), (after["status"].Text(), after["selectedVersionIndex"]!.GetValue<int>()));
        var unchanged = (await DraftAsync(owner, draftId))!;
        SameJson(draft, unchanged);
        Assert.Empty((await owner.DataAsync("query($id: ID!) { workflowDraft(id: $id) { runs { id } } }", new { id = draftId }))["workflowDraft"]!["runs"]!.AsArray());
    }
}
