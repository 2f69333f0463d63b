using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <param name="Field">Input path of the spec, for error fields (e.g. <c>input.spec.generic</c>).</param>
public sealed record EnqueueJobCommand(
    string ProjectGlobalId, string ModuleName, string TaskName, string? Provider, string PayloadJson,
    DateTime? RunAfter, Guid? IdempotencyKey, string Field);

/// <summary>
/// Validates a job request and writes the QUEUED job, its queue message and JOB_CREATED in one transaction
/// (transactional outbox), so a job is never lost between the database and the queue.
/// </summary>
public sealed class JobEnqueuer(CoreDbContext db, OwnerContext owner, JobHandlerRegistry handlers, OutboxSignal signal, TimeProvider clock, JobOrigin origin)
{
    public async Task<MutationPayload> EnqueueAsync(EnqueueJobCommand c, CancellationToken ct) => (await EnqueueOnceAsync(c, ct)).Payload;

    /// <summary>
    /// Enqueues like <see cref="EnqueueAsync"/> and says whether this call created the job (false when the idempotency
    /// key named an existing job, which the payload then carries).
    /// </summary>
    public async Task<(MutationPayload Payload, bool Created)> EnqueueOnceAsync(EnqueueJobCommand c, CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        if (c.IdempotencyKey is { } key && await db.Jobs.FirstOrDefaultAsync(j => j.IdempotencyKey == key, ct) is { } existing)
            return (MutationPayload.Ok(existing), false);
        if (!GlobalId.TryDecode(c.ProjectGlobalId, out var typeName, out var projectId) || typeName != "Project"
            || await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct) is not { } project)
            return (MutationPayload.Fail(NotFoundError.For("Project", c.ProjectGlobalId)), false);
        // Plugin modules serve the owner who registered them; built-in modules serve everyone.
        var module = await db.Modules.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Name == c.ModuleName && m.Enabled && (m.BuiltIn || m.RegisteredByOwnerId == ownerId), ct);
        if (module is null)
            return (MutationPayload.Fail(new ValidationError($"No enabled module is named '{c.ModuleName}'.", c.Field + ".moduleName", "UNKNOWN_MODULE")), false);
        var task = JobTask.Resolve(module, c.TaskName, handlers);
        if (task is null)
            return (MutationPayload.Fail(new ValidationError($"Module '{c.ModuleName}' has no task '{c.TaskName}'.", c.Field + ".taskName", "UNKNOWN_TASK")), false);
        var provider = c.Provider ?? task.DefaultProvider;
        if (!task.Providers.ContainsKey(provider))
            return (MutationPayload.Fail(new ProviderUnavailableError($"Provider '{provider}' does not offer {task.CapabilityKey}.", provider, task.CapabilityKey)), false);
        if (!JobInputValidator.IsJsonObject(c.PayloadJson))
            return (MutationPayload.Fail(new ValidationError("The payload must be a JSON object.", c.Field + ".payload", "INVALID_FORMAT")), false);
        var errors = JobInputValidator.Validate(task.InputSchemaJson, c.PayloadJson, c.Field + ".payload").ToArray();
        if (errors.Length > 0) return (MutationPayload.Fail(errors), false);

        var estimate = CostEstimate.Of(task.Providers[provider]);
        if (await BudgetCheck.RefuseAsync(db, project, estimate, clock.GetUtcNow().UtcDateTime, ct) is { } refused) return (MutationPayload.Fail(refused), false);

        var job = new Job
        {
            OwnerId = ownerId, ProjectId = project.Id, ModuleId = module.Id, Kind = task.Kind, TaskName = c.TaskName, Provider = provider,
            InputPayloadJson = c.PayloadJson, RunAfter = c.RunAfter, IdempotencyKey = c.IdempotencyKey,
            EstimatedCost = estimate?.Amount, EstimatedCostCurrency = estimate?.Currency, CreatedAt = clock.GetUtcNow().UtcDateTime,
            WorkflowRunId = origin.WorkflowRunId, WorkflowStepKey = origin.WorkflowStepKey,
        };
        db.Jobs.Add(job);
        // JOB_CREATED goes first, so subscribers see it before the worker's first update.
        db.AddEvent(JobEvents.Of(job, EventType.JobCreated));
        // Plugin tasks have no queue here: their own workers claim QUEUED jobs through the API.
        if (task.Queue is { } queue) db.AddJobMessage(new JobMessage(job.Id, queue));
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return (MutationPayload.Ok(job), true);
    }
}
