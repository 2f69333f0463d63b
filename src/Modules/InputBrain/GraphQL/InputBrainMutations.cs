using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Core.Workflows.Engine;
using MediaCreator.Modules.Core.Workflows.Planning;
using MediaCreator.Modules.InputBrain.Drafts;
using MediaCreator.Modules.InputBrain.Ideas;
using MediaCreator.Modules.InputBrain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.InputBrain.GraphQL;

internal sealed class InputBrainMutations : IMutationFields
{
    /// <summary>How far back the owner's dashboard data is read to rank ideas.</summary>
    private static readonly TimeSpan TrendWindow = TimeSpan.FromDays(180);

    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<CreateIdeaPayloadType>>("createIdea")
            .Description("Smart prompt intake: creates a ContentIdea (and its project when none is given) with AI suggestions ranked by the owner's dashboard data, and enqueues a preview image job per version (REST `POST /input-brain/ideas`).")
            .Argument<NonNullGraphType<CreateIdeaInputType>>("input")
            .ResolveAsync(async c => (object?)await CreateIdeaAsync(c, Input(c)));
        root.Field<NonNullGraphType<SelectIdeaVersionPayloadType>>("selectIdeaVersion")
            .Description("Selects one preview version of an idea (REST `POST /input-brain/ideas/{idea_id}/select-version`).")
            .Argument<NonNullGraphType<SelectIdeaVersionInputType>>("input")
            .ResolveAsync(async c => (object?)await SelectAsync(c, Input(c)));
        root.Field<NonNullGraphType<GenerateWorkflowDraftPayloadType>>("generateWorkflowDraft")
            .Description("Turns the selected idea version into a workflow draft (REST `POST /input-brain/ideas/{idea_id}/generate-workflow-draft`); edit it with updateWorkflowDraft.")
            .Argument<NonNullGraphType<GenerateWorkflowDraftInputType>>("input")
            .ResolveAsync(async c => (object?)await GenerateDraftAsync(c, Input(c)));
        root.Field<NonNullGraphType<UpdateWorkflowDraftPayloadType>>("updateWorkflowDraft")
            .Description("Replaces the steps of a workflow draft before it is started; the new steps are validated as a whole (unknown task, cycle, missing binding, provider without the capability).")
            .Argument<NonNullGraphType<UpdateWorkflowDraftInputType>>("input")
            .ResolveAsync(async c => (object?)await UpdateDraftAsync(c, Input(c)));
        root.Field<NonNullGraphType<StartWorkflowDraftPayloadType>>("startWorkflowDraft")
            .Description("Starts a workflow run from a draft (REST `POST /input-brain/workflow-draft/{draft_id}/start`). Emits WORKFLOW_STARTED; the run ends with an episode (EPISODE_READY).")
            .Argument<NonNullGraphType<StartWorkflowDraftInputType>>("input")
            .ResolveAsync(async c => (object?)await StartDraftAsync(c, Input(c)));
    }

    private static Dictionary<string, object?> Input(IResolveFieldContext c) => c.GetArgument<Dictionary<string, object?>>("input");

    private static async Task<MutationPayload> CreateIdeaAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var ownerId = c.Owner().RequireOwner();
        var ideas = c.Db();
        var core = c.CoreDb();
        var key = input.GetValueOrDefault("idempotencyKey") as Guid?;
        if (key is not null && await ideas.Ideas.FirstOrDefaultAsync(i => i.IdempotencyKey == key, c.CancellationToken) is { } existing)
            return MutationPayload.Ok(new CreatedIdea(existing, await PreviewJobsAsync(c, existing.Id)));

        // A trend recommendation of the advisor supplies the prompt, type and platform the input leaves out.
        TrendIdeaDefaults? trend = null;
        if (input.GetValueOrDefault("sourceRecommendationId") is string recommendationId)
        {
            var source = c.RequestServices!.GetService<IRecommendationSource>();
            if (!GlobalId.TryDecode(recommendationId, out var recommendationType, out var trendId) || recommendationType != "TrendIdeaRecommendation"
                || source is null || (trend = await source.FindTrendIdeaAsync(trendId, c.CancellationToken)) is null)
                return MutationPayload.Fail(NotFoundError.For("TrendIdeaRecommendation", recommendationId));
        }
        var prompt = ((input.GetValueOrDefault("prompt") as string) ?? trend?.Prompt ?? "").Trim();
        if (prompt.Length is 0 or > 4000)
            return MutationPayload.Fail(new ValidationError("The prompt needs 1 to 4000 characters.", "input.prompt", "INVALID_LENGTH"));
        if (((input.GetValueOrDefault("type") as string) ?? trend?.ContentType) is not { } contentType)
            return MutationPayload.Fail(new ValidationError("The type is required without a sourceRecommendationId.", "input.type", "REQUIRED"));
        var type = contentType.ToLowerInvariant();
        var options = input.GetValueOrDefault("options") as Dictionary<string, object?> ?? [];
        var optionError = ReadOptions(options, out var ideaOptions);
        if (optionError is not null) return MutationPayload.Fail(optionError);
        if (trend?.Platform is { } trendPlatform && ideaOptions.TargetPlatforms.Count == 0)
            ideaOptions = ideaOptions with { TargetPlatforms = [trendPlatform] };

        var references = new List<Asset>();
        foreach (var globalId in (input.GetValueOrDefault("referenceAssetIds") as IEnumerable<object?> ?? []).OfType<string>())
        {
            if (await AssetReferences.FindAsync(core, globalId, c.CancellationToken) is not { } asset)
                return MutationPayload.Fail(NotFoundError.For("Asset", globalId));
            if (asset.Type is not (AssetType.Image or AssetType.Audio or AssetType.Video))
                return MutationPayload.Fail(new ValidationError($"Reference '{asset.FileName}' is not an image, audio or video.", "input.referenceAssetIds", "UNSUPPORTED_MEDIA"));
            references.Add(asset);
        }

        Project project;
        if (input.GetValueOrDefault("projectId") is string projectId)
        {
            if (!GlobalId.TryDecode(projectId, out var typeName, out var id) || typeName != "Project"
                || await core.Projects.FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken) is not { } found)
                return MutationPayload.Fail(NotFoundError.For("Project", projectId));
            project = found;
        }
        else
        {
            var name = (input.GetValueOrDefault("projectName") as string)?.Trim();
            project = new Project { OwnerId = ownerId, Name = string.IsNullOrEmpty(name) ? ProjectName(prompt) : name };
        }

        // The ideas: the configured LLM, or the built-in engine; ranked by the owner's own dashboard data.
        var request = new IdeaRequest(type, prompt, ideaOptions.Language, ideaOptions.Style, ideaOptions.AspectRatio, ideaOptions.DurationSeconds,
            [.. ideaOptions.TargetPlatforms.Where(IdeaRequest.Platforms.Contains)], ideaOptions.Audience, ideaOptions.Tone, ideaOptions.VersionCount,
            [.. references.Select(r => new ReferenceAsset(r.Type.ToString().ToLowerInvariant(), r.FileName, null))], null);
        var signals = c.RequestServices!.GetService<IPerformanceSignals>();
        var history = signals is null ? [] : await signals.ReadAsync(ownerId, DateTime.UtcNow - TrendWindow, c.CancellationToken);
        IdeaPlan plan;
        try
        {
            plan = await c.Service<IdeaEngine>().PlanAsync(request, history, c.CancellationToken);
        }
        catch (IdeaGenerationException e) when (e.Code == IdeaErrorCodes.InvalidRequest)
        {
            return MutationPayload.Fail(new ValidationError(e.Message, "input", "INVALID_IDEA_REQUEST"));
        }
        catch (IdeaGenerationException e)
        {
            return MutationPayload.Fail(new ProviderUnavailableError($"[{e.Code}] {e.Message}", "ai-chat", "input-brain.ideas"));
        }

        if (core.Entry(project).State == EntityState.Detached)
        {
            core.Projects.Add(project);
            await core.SaveChangesAsync(c.CancellationToken);
        }
        var idea = new ContentIdeaRecord
        {
            OwnerId = ownerId, ProjectId = project.Id, Type = type, Prompt = prompt,
            OptionsJson = JsonSerializer.Serialize(ideaOptions, IdeaJson.Options),
            // Ranked order: suggestion i is version i (the generator's own order is gone after ranking).
            SuggestionsJson = JsonSerializer.Serialize(plan.Versions.Select((v, i) => v with { Index = i }), IdeaJson.Options),
            SuggestionSource = plan.Versions.FirstOrDefault()?.Source ?? "template",
            ReferenceAssetIds = [.. references.Select(r => r.Id)], IdempotencyKey = key, SourceRecommendationId = trend?.Id,
        };
        ideas.Ideas.Add(idea);
        var versions = plan.Versions.Select((v, i) => new IdeaVersionRecord
        {
            OwnerId = ownerId, IdeaId = idea.Id, VersionIndex = i, Title = v.Title, Prompt = v.PreviewPrompt,
            MetadataJson = JsonSerializer.Serialize(v with { Index = i }, IdeaJson.Options),
        }).ToList();
        ideas.Versions.AddRange(versions);
        await ideas.SaveChangesAsync(c.CancellationToken);

        // A quick low-resolution preview per version, through the image module's job (seeded per idea and version).
        var image = c.RequestServices!.GetRequiredService<IEnumerable<IJobSpecMember>>().First(m => m.Name == "image");
        var jobs = new List<Job>();
        var errors = new List<IMutationError>();
        var projectGlobalId = GlobalId.Encode("Project", project.Id);
        foreach (var version in versions)
        {
            var planVersion = IdeaJson.Plan(version)!;
            var (width, height) = DraftPlanner.Frame(planVersion.Format.AspectRatio, 320);
            var spec = new Dictionary<string, object?>
            {
                ["mode"] = "GENERATE", ["prompt"] = planVersion.PreviewPrompt, ["style"] = planVersion.VisualStyle,
                ["width"] = width, ["height"] = height, ["seed"] = (long)Seed(idea.Id, version.VersionIndex),
            };
            var result = await image.EnqueueAsync(c, new Dictionary<string, object?>
            {
                ["projectId"] = projectGlobalId, ["idempotencyKey"] = StepKey(idea.Id, version.VersionIndex),
            }, spec);
            if (result.Result is Job job)
            {
                version.PreviewJobId = job.Id;
                jobs.Add(job);
            }
            else
            {
                errors.AddRange(result.Errors ?? []);
            }
        }
        await ideas.SaveChangesAsync(c.CancellationToken);
        return new MutationPayload(new CreatedIdea(idea, jobs), errors.Count == 0 ? null : errors);
    }

    private static ValidationError? ReadOptions(Dictionary<string, object?> options, out IdeaOptionsData data)
    {
        data = new IdeaOptionsData();
        var versionCount = options.GetValueOrDefault("versionCount") is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : 3;
        if (versionCount is < 1 or > 6) return new ValidationError("versionCount must be between 1 and 6.", "input.options.versionCount", "OUT_OF_RANGE");
        var duration = options.GetValueOrDefault("durationSeconds") is { } d ? Convert.ToDouble(d, CultureInfo.InvariantCulture) : (double?)null;
        if (duration is < 3 or > 600) return new ValidationError("durationSeconds must be between 3 and 600.", "input.options.durationSeconds", "OUT_OF_RANGE");
        var language = (options.GetValueOrDefault("language") as string)?.Trim() ?? "en";
        try
        {
            language = CultureInfo.GetCultureInfo(language, predefinedOnly: true).Name;
        }
        catch (CultureNotFoundException)
        {
            return new ValidationError($"'{language}' is not a BCP 47 language tag.", "input.options.language", "INVALID_FORMAT");
        }
        var aspect = options.GetValueOrDefault("aspectRatio") as string;
        if (aspect is not null && !IdeaRequest.AspectRatios.Contains(aspect))
            return new ValidationError($"Ideas are planned for {string.Join(", ", IdeaRequest.AspectRatios)}.", "input.options.aspectRatio", "UNSUPPORTED");
        data = new IdeaOptionsData
        {
            Style = options.GetValueOrDefault("style") as string, AspectRatio = aspect, DurationSeconds = duration, Language = language,
            TargetPlatforms = [.. (options.GetValueOrDefault("targetPlatforms") as IEnumerable<object?> ?? []).OfType<string>().Select(p => p.ToLowerInvariant()).Distinct()],
            VersionCount = versionCount, Audience = options.GetValueOrDefault("audience") as string, Tone = options.GetValueOrDefault("tone") as string,
            CustomJson = JsonValues.Serialize(options.GetValueOrDefault("custom")),
        };
        return null;
    }

    private static string ProjectName(string prompt)
    {
        var line = prompt.Split('\n')[0].Trim();
        return line.Length <= 60 ? line : line[..57].TrimEnd() + "...";
    }

    private static async Task<List<Job>> PreviewJobsAsync(IResolveFieldContext c, Guid ideaId)
    {
        var ids = await c.Db().Versions.Where(v => v.IdeaId == ideaId && v.PreviewJobId != null).Select(v => v.PreviewJobId!.Value).ToListAsync(c.CancellationToken);
        return await c.CoreDb().Jobs.Where(j => ids.Contains(j.Id)).OrderBy(j => j.CreatedAt).ToListAsync(c.CancellationToken);
    }

    private static Guid StepKey(Guid ideaId, int version) => DerivedKeys.From($"idea-preview:{ideaId:N}:{version}");

    private static int Seed(Guid ideaId, int version) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{ideaId:N}:{version}")), 0) & int.MaxValue;

    private static async Task<ContentIdeaRecord?> IdeaAsync(IResolveFieldContext c, string globalId) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == "ContentIdea"
            ? await c.Db().Ideas.FirstOrDefaultAsync(i => i.Id == id, c.CancellationToken) : null;

    private static async Task<WorkflowDraftRecord?> DraftAsync(IResolveFieldContext c, string globalId) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == "WorkflowDraft"
            ? await c.Db().Drafts.FirstOrDefaultAsync(d => d.Id == id, c.CancellationToken) : null;

    private static async Task<MutationPayload> SelectAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var ideaId = (string)input["ideaId"]!;
        if (await IdeaAsync(c, ideaId) is not { } idea) return MutationPayload.Fail(NotFoundError.For("ContentIdea", ideaId));
        if (idea.Status == ContentIdeaStatus.ConvertedToWorkflow)
            return MutationPayload.Fail(new InvalidStateError("The idea already runs as a workflow; create a new idea to pick another version.",
                "CONVERTED_TO_WORKFLOW", ["DRAFT", "SELECTED"]));
        var index = Convert.ToInt32(input["versionIndex"], CultureInfo.InvariantCulture);
        var count = await c.Db().Versions.CountAsync(v => v.IdeaId == idea.Id, c.CancellationToken);
        if (index < 0 || index >= count)
            return MutationPayload.Fail(new ValidationError($"The idea has versions 0..{count - 1}.", "input.versionIndex", "OUT_OF_RANGE"));
        idea.SelectedVersion = index;
        idea.Status = ContentIdeaStatus.Selected;
        await c.Db().SaveChangesAsync(c.CancellationToken);
        return MutationPayload.Ok(idea);
    }

    private static async Task<MutationPayload> GenerateDraftAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var ideaId = (string)input["ideaId"]!;
        if (await IdeaAsync(c, ideaId) is not { } idea) return MutationPayload.Fail(NotFoundError.For("ContentIdea", ideaId));
        if (idea.SelectedVersion is not { } index)
            return MutationPayload.Fail(new InvalidStateError("Select a version first (selectIdeaVersion).", Status(idea.Status), ["SELECTED", "CONVERTED_TO_WORKFLOW"]));
        Guid? seriesId = null;
        if (input.GetValueOrDefault("seriesId") is string series)
        {
            if (!GlobalId.TryDecode(series, out var type, out var id) || type != "Series")
                return MutationPayload.Fail(new ValidationError($"'{series}' is not a Series id.", "input.seriesId", "INVALID_ID"));
            seriesId = id;
        }
        var accounts = (input.GetValueOrDefault("publishToAccountIds") as IEnumerable<object?> ?? []).OfType<string>().ToList();
        var resolver = c.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == "PlatformAccount");
        foreach (var (account, i) in accounts.Select((a, i) => (a, i)))
        {
            if (!GlobalId.TryDecode(account, out var type, out var accountId) || type != "PlatformAccount")
                return MutationPayload.Fail(new ValidationError($"'{account}' is not a PlatformAccount id.", $"input.publishToAccountIds[{i}]", "INVALID_ID"));
            if (resolver is null || await resolver.ResolveAsync(c.RequestServices!, accountId, c.CancellationToken) is null)
                return MutationPayload.Fail(NotFoundError.For("PlatformAccount", account));
        }
        if (accounts.Distinct().Count() != accounts.Count)
            return MutationPayload.Fail(new ValidationError("Each account can be published to once.", "input.publishToAccountIds", "DUPLICATE"));
        var version = await c.Db().Versions.FirstAsync(v => v.IdeaId == idea.Id && v.VersionIndex == index, c.CancellationToken);
        var planned = DraftPlanner.Plan(idea, IdeaJson.Options_(idea), IdeaJson.Plan(version)!, input.GetValueOrDefault("instructions") as string, seriesId,
            accounts);
        var plan = await c.Service<WorkflowPlanner>().PlanAsync(planned.Steps, "steps", c.Schema, c.CancellationToken);
        if (!plan.IsValid) return new MutationPayload(null, plan.Errors);
        var draft = new WorkflowDraftRecord
        {
            OwnerId = idea.OwnerId, IdeaId = idea.Id, ProjectId = idea.ProjectId, StepsJson = DraftPlanner.Serialize(planned.Steps),
            MetadataJson = planned.MetadataJson, OutcomeJson = JsonSerializer.Serialize(planned.Outcome, IdeaJson.Options),
        };
        c.Db().Drafts.Add(draft);
        await c.Db().SaveChangesAsync(c.CancellationToken);
        return MutationPayload.Ok(draft);
    }

    private static async Task<MutationPayload> UpdateDraftAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var draftId = (string)input["draftId"]!;
        if (await DraftAsync(c, draftId) is not { } draft) return MutationPayload.Fail(NotFoundError.For("WorkflowDraft", draftId));
        if (await c.CoreDb().WorkflowRuns.AnyAsync(r => r.DraftId == draft.Id, c.CancellationToken))
            return MutationPayload.Fail(new InvalidStateError("The draft has been started; its runs keep the steps they started with.", "STARTED", ["NOT_STARTED"]));
        if (input.GetValueOrDefault("expectedRevision") is { } expected && Convert.ToInt32(expected, CultureInfo.InvariantCulture) != draft.Revision)
            return MutationPayload.Fail(new ConflictError($"The draft is at revision {draft.Revision}; reload it and apply the change again.", draftId));
        var steps = WorkflowStepInputs.Read(c, input["steps"]);
        var plan = await c.Service<WorkflowPlanner>().PlanAsync(steps, "input.steps", c.Schema, c.CancellationToken);
        if (!plan.IsValid) return new MutationPayload(null, plan.Errors);
        if (input.TryGetValue("episode", out var episodeInput))
        {
            var outcome = WorkflowStepInputs.Outcome(episodeInput as Dictionary<string, object?>, "input.episode", out var invalid);
            if (invalid is not null) return MutationPayload.Fail(invalid);
            draft.OutcomeJson = outcome is null ? null : JsonSerializer.Serialize(outcome, IdeaJson.Options);
        }
        else if (draft.OutcomeJson is not null)
        {
            // The episode's primary step must still exist; otherwise the last step in order stands in.
            var outcome = JsonSerializer.Deserialize<WorkflowRunOutcome>(draft.OutcomeJson, IdeaJson.Options)!;
            if (outcome.PrimaryStep is { } primary && steps.All(s => s.Key != primary))
                draft.OutcomeJson = JsonSerializer.Serialize(outcome with { PrimaryStep = null }, IdeaJson.Options);
        }
        draft.StepsJson = DraftPlanner.Serialize(steps);
        if (input.TryGetValue("metadata", out var metadata)) draft.MetadataJson = JsonValues.Serialize(metadata);
        draft.Revision++;
        draft.UpdatedAt = DateTime.UtcNow;
        try
        {
            await c.Db().SaveChangesAsync(c.CancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MutationPayload.Fail(new ConflictError("Someone changed the draft at the same time; reload it and apply the change again.", draftId));
        }
        return MutationPayload.Ok(draft);
    }

    private static async Task<MutationPayload> StartDraftAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var draftId = (string)input["draftId"]!;
        if (await DraftAsync(c, draftId) is not { } draft) return MutationPayload.Fail(NotFoundError.For("WorkflowDraft", draftId));
        var idea = await c.Db().Ideas.FirstAsync(i => i.Id == draft.IdeaId, c.CancellationToken);
        var key = input.GetValueOrDefault("idempotencyKey") as Guid?;
        if (key is null && await c.CoreDb().WorkflowRuns.FirstOrDefaultAsync(r => r.DraftId == draft.Id
                && r.Status != WorkflowRunStatus.Failed && r.Status != WorkflowRunStatus.Cancelled, c.CancellationToken) is { } running)
            return MutationPayload.Fail(new InvalidStateError($"The draft already runs ({running.Status.ToString().ToUpperInvariant()}); resume or cancel that run.",
                "STARTED", ["NOT_STARTED", "FAILED", "CANCELLED"]));
        var project = await c.CoreDb().Projects.FirstOrDefaultAsync(p => p.Id == draft.ProjectId, c.CancellationToken);
        if (project is null) return MutationPayload.Fail(NotFoundError.For("Project", GlobalId.Encode("Project", draft.ProjectId)));
        var plan = await DraftSteps.PlanAsync(c, draft);
        if (!plan.IsValid) return new MutationPayload(null, plan.Errors);
        var outcome = draft.OutcomeJson is null ? null : JsonSerializer.Deserialize<WorkflowRunOutcome>(draft.OutcomeJson, IdeaJson.Options);
        var version = idea.SelectedVersion is { } index
            ? await c.Db().Versions.FirstOrDefaultAsync(v => v.IdeaId == idea.Id && v.VersionIndex == index, c.CancellationToken) : null;
        var started = await c.Service<WorkflowRunService>().StartAsync(new StartWorkflowCommand(project, version?.Title ?? idea.Prompt, plan,
            input.GetValueOrDefault("onStepFailure") as WorkflowFailurePolicy? ?? WorkflowFailurePolicy.Stop, outcome, draft.Id, key), c.CancellationToken);
        if (started.Result is not WorkflowRun run) return started;
        idea.Status = ContentIdeaStatus.ConvertedToWorkflow;
        await c.Db().SaveChangesAsync(c.CancellationToken);
        return MutationPayload.Ok(new StartedDraft(run, idea));
    }

    private static string Status(ContentIdeaStatus status) => status switch
    {
        ContentIdeaStatus.ConvertedToWorkflow => "CONVERTED_TO_WORKFLOW",
        _ => status.ToString().ToUpperInvariant(),
    };
}
