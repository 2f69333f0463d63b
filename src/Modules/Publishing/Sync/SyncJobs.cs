using System.Text.Json;
using System.Text.Json.Serialization;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>Enqueues a sync job for the caller (mutations) or for an owner set on the scope (the periodic passes).</summary>
internal sealed class SyncJobs(JobEnqueuer enqueuer, PublishingDbContext db, IEnumerable<IPlatformPublisher> publishers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <param name="field">The input path named by a NOTHING_TO_SYNC error.</param>
    /// <returns>The payload, and whether this call created the job (not when the idempotency key named one).</returns>
    public async Task<(MutationPayload Payload, bool Created)> EnqueueAsync(string task, SyncInput input, string field, Guid? idempotencyKey, CancellationToken ct)
    {
        var scope = SyncScope.Of(db, publishers, input, task == SyncTasks.Revenue);
        if (await SyncScope.ProjectAsync(db, scope, ct) is not { } project)
        {
            var what = task == SyncTasks.Revenue ? "revenue" : "metrics";
            return (MutationPayload.Fail(new ValidationError(
                $"Nothing to sync: no PUBLISHED post with a platform post id on a platform that reports {what}.", field, "NOTHING_TO_SYNC")), false);
        }
        return await enqueuer.EnqueueOnceAsync(new EnqueueJobCommand(GlobalId.Encode("Project", project), "publishing", task, null,
            JsonSerializer.Serialize(input, Json), null, idempotencyKey, "input"), ct);
    }
}
