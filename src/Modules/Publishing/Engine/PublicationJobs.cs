using System.Text.Json;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>
/// Enqueues the <c>publishing.upload</c> job of a publication through Core's <see cref="JobEnqueuer"/> (QUEUED row, queue
/// message and JOB_CREATED in the caller's transaction). A scheduled time in the future becomes the job's <c>runAfter</c>:
/// the job waits in the database, so it survives restarts and runs once when due.
/// </summary>
internal sealed class PublicationJobs(JobEnqueuer enqueuer, TimeProvider clock)
{
    public async Task<Job> EnqueueAsync(PublicationRecord publication, Guid projectId, Guid? idempotencyKey, CancellationToken ct)
    {
        var runAfter = publication.ScheduledTime is { } at && at > clock.GetUtcNow().UtcDateTime ? at : (DateTime?)null;
        var payload = await enqueuer.EnqueueAsync(new EnqueueJobCommand(
            GlobalId.Encode("Project", projectId), "publishing", PublishUploadTask.TaskName, publication.Platform,
            JsonSerializer.Serialize(new { publicationId = publication.Id }), runAfter, idempotencyKey, "input"), ct);
        if (payload.Result is not Job job)
        {
            // Budget and provider refusals are not members of the publishing error unions: they surface as validation errors.
            throw new PublicationJobException([.. (payload.Errors ?? []).Select(e => e is ValidationError or NotFoundError or InvalidStateError
                ? e : new ValidationError(e.Message, "input", "JOB_REJECTED"))]);
        }
        publication.UploadJobId = job.Id;
        return job;
    }
}

/// <summary>The job could not be enqueued; the surrounding transaction rolls back.</summary>
internal sealed class PublicationJobException(IReadOnlyList<IMutationError> errors)
    : Exception(string.Join("; ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<IMutationError> Errors { get; } = errors;
}
