using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Core.Workflows.Engine;

/// <summary>
/// Moves one RUNNING run forward from what the database says: reads its step jobs, retries failed steps per their
/// policy, applies the failure policy, dispatches every step whose inputs are ready (upstream outputs bound into its
/// job spec), pauses on a budget refusal and finishes the run (episode, WORKFLOW_COMPLETED). Every decision is derived
/// from stored state and every dispatch is idempotent, so advancing again after a crash or from a second API instance
/// repeats nothing; the run's revision makes concurrent advances lose cleanly.
/// </summary>
public sealed class WorkflowAdvancer(
    CoreDbContext db, IServiceProvider services, IWorkflowStepDispatcher dispatcher, OutboxSignal outbox, TimeProvider clock,
    ILogger<WorkflowAdvancer> logger)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>True while the run is still RUNNING afterwards.</returns>
    public async Task<bool> AdvanceAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.WorkflowRuns.FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || run.Status != WorkflowRunStatus.Running) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var before = Snapshot(run);

        await FollowJobsAsync(run, now, ct);
        ApplyFailurePolicy(run, now);
        if (run.OnStepFailure == WorkflowFailurePolicy.Stop && run.Steps.Any(s => s.Status == WorkflowStepStatus.Failed))
            await CancelActiveAsync(run, now, ct);
        else
            await DispatchReadyAsync(run, now, ct);

        run.Progress = run.Steps.Count == 0 ? 1 : Math.Round(run.Steps.Average(s => s.Status switch
        {
            WorkflowStepStatus.Completed or WorkflowStepStatus.Skipped => 1.0,
            _ => s.Progress,
        }), 4);
        if (run.Status == WorkflowRunStatus.Running && run.Steps.All(s => IsTerminal(s.Status)))
            await FinishAsync(run, now, ct);

        if (Snapshot(run) == before) return run.Status == WorkflowRunStatus.Running;
        run.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else (a cancel, another instance) moved the run first; the next pass starts from their state.
            db.ChangeTracker.Clear();
            return true;
        }
        outbox.Notify();
        return run.Status == WorkflowRunStatus.Running;
    }

    internal static bool IsTerminal(WorkflowStepStatus status) =>
        status is WorkflowStepStatus.Completed or WorkflowStepStatus.Failed or WorkflowStepStatus.Skipped or WorkflowStepStatus.Cancelled;

    private static string Snapshot(WorkflowRun run) =>
        JsonSerializer.Serialize(new { run.Status, run.Progress, run.Steps, run.ErrorMessage, run.PausedReason, run.EpisodeId }, Json);

    private async Task FollowJobsAsync(WorkflowRun run, DateTime now, CancellationToken ct)
    {
        var active = run.Steps.Where(s => s.Status is WorkflowStepStatus.Queued or WorkflowStepStatus.Running && s.JobId is not null).ToList();
        if (active.Count == 0) return;
        var ids = active.Select(s => s.JobId!.Value).ToList();
        var jobs = await db.Jobs.AsNoTracking().Where(j => ids.Contains(j.Id)).ToDictionaryAsync(j => j.Id, ct);
        foreach (var step in active)
        {
            if (!jobs.TryGetValue(step.JobId!.Value, out var job))
            {
                Fail(step, "STEP_LOST", $"The job of step '{step.Key}' was deleted.", now);
                continue;
            }
            switch (job.Status)
            {
                case JobStatus.Queued:
                    break;
                case JobStatus.Running:
                    step.Status = WorkflowStepStatus.Running;
                    step.Progress = Math.Round(job.Progress, 4);
                    step.StartedAt ??= job.StartedAt ?? now;
                    break;
                case JobStatus.Completed:
                    step.Status = WorkflowStepStatus.Completed;
                    step.Progress = 1;
                    step.CompletedAt = job.CompletedAt ?? now;
                    step.ErrorCode = null;
                    step.ErrorMessage = null;
                    break;
                case JobStatus.Failed or JobStatus.Cancelled:
                    var code = job.Status == JobStatus.Cancelled ? "STEP_CANCELLED" : job.FailureCode ?? "STEP_FAILED";
                    var message = job.Status == JobStatus.Cancelled ? $"The job of step '{step.Key}' was cancelled."
                        : $"Step '{step.Key}' failed: {job.FailureMessage ?? "no reason recorded"}";
                    if (job.Status == JobStatus.Failed && step.Attempt - step.RoundStartAttempt < step.MaxAttempts)
                    {
                        // Retry with a new job after a growing delay; the last failure stays visible meanwhile.
                        var retries = step.Attempt - step.RoundStartAttempt;
                        step.Status = WorkflowStepStatus.Pending;
                        step.Progress = 0;
                        step.NextAttemptAt = now.AddSeconds(step.RetryDelaySeconds * Math.Pow(2, retries - 1));
                        step.ErrorCode = code;
                        step.ErrorMessage = message;
                        logger.LogInformation("Workflow {Run} step {Step} failed ({Code}); retrying ({Attempt}/{Max}).",
                            run.Id, step.Key, code, retries + 1, step.MaxAttempts);
                    }
                    else
                    {
                        Fail(step, code, message, now);
                    }
                    break;
            }
        }
    }

    private static void Fail(WorkflowStepState step, string code, string message, DateTime now)
    {
        step.Status = WorkflowStepStatus.Failed;
        step.ErrorCode = code;
        step.ErrorMessage = message;
        step.CompletedAt = now;
    }

    /// <summary>CONTINUE: steps that need a failed (or skipped) step's output can never run, so they are skipped.</summary>
    private static void ApplyFailurePolicy(WorkflowRun run, DateTime now)
    {
        if (run.OnStepFailure != WorkflowFailurePolicy.Continue) return;
        bool changed;
        do
        {
            changed = false;
            var dead = run.Steps.Where(s => s.Status is WorkflowStepStatus.Failed or WorkflowStepStatus.Skipped or WorkflowStepStatus.Cancelled)
                .Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var step in run.Steps.Where(s => s.Status == WorkflowStepStatus.Pending && Dependencies(s).Any(dead.Contains)))
            {
                step.Status = WorkflowStepStatus.Skipped;
                step.ErrorMessage = $"Skipped: it needs {string.Join(", ", Dependencies(step).Where(dead.Contains))}, which did not complete.";
                step.CompletedAt = now;
                changed = true;
            }
        }
        while (changed);
    }

    /// <summary>STOP: a step failed for good, so the steps still running are cancelled and the pending ones skipped.</summary>
    private async Task CancelActiveAsync(WorkflowRun run, DateTime now, CancellationToken ct)
    {
        var failed = run.Steps.First(s => s.Status == WorkflowStepStatus.Failed);
        foreach (var step in run.Steps.Where(s => !IsTerminal(s.Status)))
        {
            if (step.JobId is { } jobId && step.Status is WorkflowStepStatus.Queued or WorkflowStepStatus.Running)
            {
                await WorkflowRunService.CancelJobAsync(db, jobId, now, ct);
                step.Status = WorkflowStepStatus.Cancelled;
            }
            else
            {
                step.Status = WorkflowStepStatus.Skipped;
            }
            step.ErrorMessage = $"Stopped because step '{failed.Key}' failed.";
            step.CompletedAt = now;
        }
    }

    internal static IEnumerable<string> Dependencies(WorkflowStepState step) =>
        step.DependsOn.Concat(step.Bindings.Select(b => b.FromStep)).Distinct(StringComparer.Ordinal);

    private async Task DispatchReadyAsync(WorkflowRun run, DateTime now, CancellationToken ct)
    {
        var completed = run.Steps.Where(s => s.Status == WorkflowStepStatus.Completed).ToDictionary(s => s.Key, StringComparer.Ordinal);
        foreach (var step in run.Steps.Where(s => s.Status == WorkflowStepStatus.Pending))
        {
            if (!Dependencies(step).All(completed.ContainsKey) || step.NextAttemptAt > now) continue;
            string spec;
            try
            {
                spec = await WithEpisodeAsync(run, await BindAsync(step, completed, ct), ct);
            }
            catch (WorkflowBindingException e)
            {
                Fail(step, "MISSING_BINDING", e.Message, now);
                continue;
            }
            var attempt = step.Attempt + 1;
            var result = await dispatcher.DispatchAsync(run, step, spec, StepKey(run.Id, step.Key, attempt), ct);
            if (result.JobId is { } jobId)
            {
                step.Attempt = attempt;
                step.JobId = jobId;
                if (!step.JobIds.Contains(jobId)) step.JobIds.Add(jobId);
                step.Status = WorkflowStepStatus.Queued;
                step.NextAttemptAt = null;
                step.StartedAt ??= now;
                continue;
            }
            if (result.IsBudgetExceeded)
            {
                // The step waits, unstarted, for the owner to raise the budget and resume; nothing is lost.
                run.Status = WorkflowRunStatus.Paused;
                run.PausedReason = "BUDGET_EXCEEDED";
                run.ErrorMessage = $"Step '{step.Key}': {result.ErrorMessage}";
                db.AddEvent(new WorkflowRunEvent(EventType.WorkflowPaused, run.OwnerId, run.ProjectId, run.Id, run.Status, step.Key));
                return;
            }
            step.Attempt = attempt;
            Fail(step, result.ErrorCode ?? ErrorCodeOf(result.ErrorType), $"Step '{step.Key}' could not start: {result.ErrorMessage}", now);
        }
    }

    private static string ErrorCodeOf(string? errorType) => errorType switch
    {
        "ValidationError" => "VALIDATION_FAILED",
        "NotFoundError" => "NOT_FOUND",
        "ProviderUnavailableError" => "PROVIDER_UNAVAILABLE",
        "QuotaExceededError" => "QUOTA_EXCEEDED",
        _ => "STEP_REJECTED",
    };

    /// <summary>The step's job spec with each binding's upstream output asset ids written at its target field.</summary>
    private async Task<string> BindAsync(WorkflowStepState step, Dictionary<string, WorkflowStepState> completed, CancellationToken ct)
    {
        var job = JsonNode.Parse(step.ParametersJson ?? "{}") as JsonObject ?? [];
        foreach (var binding in step.Bindings)
        {
            var upstream = completed[binding.FromStep];
            var outputs = await db.Assets.AsNoTracking().Where(a => a.SourceJobId == upstream.JobId)
                .OrderBy(a => a.OutputIndex).Select(a => a.Id).ToListAsync(ct);
            JsonNode value;
            if (binding.OutputIndex is { } index)
            {
                if (index >= outputs.Count)
                    throw new WorkflowBindingException($"Step '{step.Key}' takes output {index} of '{binding.FromStep}', which made {outputs.Count}.");
                value = JsonValue.Create(GlobalId.Encode("Asset", outputs[index]));
            }
            else
            {
                if (outputs.Count == 0) throw new WorkflowBindingException($"Step '{step.Key}' takes the outputs of '{binding.FromStep}', which made none.");
                value = new JsonArray([.. outputs.Select(id => (JsonNode)JsonValue.Create(GlobalId.Encode("Asset", id)))]);
            }
            var parts = binding.TargetField.Split('.');
            var node = job;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject next) node[part] = next = [];
                node = next;
            }
            node[parts[^1]] = value;
        }
        return job.ToJsonString();
    }

    private async Task FinishAsync(WorkflowRun run, DateTime now, CancellationToken ct)
    {
        run.CompletedAt = now;
        var failed = run.Steps.FirstOrDefault(s => s.Status is WorkflowStepStatus.Failed or WorkflowStepStatus.Cancelled);
        if (failed is not null)
        {
            run.Status = WorkflowRunStatus.Failed;
            run.ErrorMessage = failed.ErrorMessage ?? $"Step '{failed.Key}' failed.";
        }
        else
        {
            run.Status = WorkflowRunStatus.Completed;
            run.Progress = 1;
            run.ErrorMessage = null;
            await EnsureEpisodeAsync(run, ct);
        }
        db.AddEvent(new WorkflowRunEvent(EventType.WorkflowCompleted, run.OwnerId, run.ProjectId, run.Id, run.Status));
    }

    /// <summary>
    /// Creates (or refreshes) the run's episode from its outcome and primary step's first output, and emits EPISODE_READY
    /// the first time. Runs when the run completes, or earlier when a publishing step needs the episode to publish.
    /// </summary>
    /// <returns>The episode's id; null when the run makes no episode (or no module writes episodes).</returns>
    private async Task<Guid?> EnsureEpisodeAsync(WorkflowRun run, CancellationToken ct)
    {
        var outcome = run.OutcomeJson is null ? null : JsonSerializer.Deserialize<WorkflowRunOutcome>(run.OutcomeJson, Json);
        if (outcome?.Episode is not { } episode || services.GetService<IEpisodeWriter>() is not { } writer) return null;
        var primaryStep = run.Steps.FirstOrDefault(s => s.Key == outcome.PrimaryStep) ?? run.Steps[^1];
        var primary = await db.Assets.AsNoTracking().Where(a => a.SourceJobId == primaryStep.JobId)
            .OrderBy(a => a.OutputIndex).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        var first = run.EpisodeId is null;
        run.EpisodeId = await writer.UpsertReadyAsync(new EpisodeDraft(run.OwnerId, run.ProjectId, run.Id, episode.EpisodeId, episode.SeriesId,
            episode.Title, episode.Description, primary, episode.MetadataJson), ct);
        if (first) db.AddEvent(new EpisodeEvent(run.OwnerId, run.ProjectId, run.EpisodeId.Value, run.Id));
        return run.EpisodeId;
    }

    /// <summary>
    /// A publishing step (<c>{ "publishing": { … } }</c>) without an episode publishes the run's own episode: the
    /// episode is written now (its primary step must be done) and its id goes into the spec.
    /// </summary>
    private async Task<string> WithEpisodeAsync(WorkflowRun run, string spec, CancellationToken ct)
    {
        if (JsonNode.Parse(spec) is not JsonObject job || job["publishing"] is not JsonObject publishing || publishing["episodeId"] is not null) return spec;
        var outcome = run.OutcomeJson is null ? null : JsonSerializer.Deserialize<WorkflowRunOutcome>(run.OutcomeJson, Json);
        var primaryStep = run.Steps.FirstOrDefault(s => s.Key == outcome?.PrimaryStep) ?? run.Steps[^1];
        if (primaryStep.Status != WorkflowStepStatus.Completed)
            throw new WorkflowBindingException($"A publishing step publishes the run's episode, so it must depend on the primary step '{primaryStep.Key}'.");
        var episodeId = await EnsureEpisodeAsync(run, ct)
            ?? throw new WorkflowBindingException("A publishing step needs an episode: give it publishing.episodeId, or run the workflow from a draft that makes one.");
        publishing["episodeId"] = GlobalId.Encode("Episode", episodeId);
        return job.ToJsonString();
    }

    /// <summary>The idempotency key of a step's attempt: derived from run, step and attempt.</summary>
    public static Guid StepKey(Guid runId, string stepKey, int attempt) => DerivedKeys.From($"workflow:{runId:N}:{stepKey}:{attempt}");
}

internal sealed class WorkflowBindingException(string message) : Exception(message);
