using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Assets.Delete;

/// <summary>
/// Deletes the row, then each stored object no asset of any owner still references (keys are content hashes, so
/// two owners uploading the same bytes share one object).
/// </summary>
internal sealed class DeleteAssetHandler(CoreDbContext db, IAssetStorage storage)
{
    private static readonly JobStatus[] Unfinished = [JobStatus.Queued, JobStatus.Running];

    public async Task<MutationPayload> DeleteAsync(string globalId, CancellationToken ct)
    {
        var id = GlobalId.DecodeFor("Asset", globalId);
        var asset = await db.Assets.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (asset is null) return MutationPayload.Fail(NotFoundError.For("Asset", globalId));
        if (asset.SourceJobId is { } jobId && await db.Jobs.Where(j => j.Id == jobId && Unfinished.Contains(j.Status)).Select(j => (JobStatus?)j.Status).FirstOrDefaultAsync(ct) is { } status)
        {
            return MutationPayload.Fail(new InvalidStateError("The job that produces this asset is still running; cancel it or wait for it to finish.",
                $"JOB_{status.ToString().ToUpperInvariant()}", ["JOB_COMPLETED", "JOB_FAILED", "JOB_CANCELLED"]));
        }
        db.Assets.Remove(asset);
        await db.SaveChangesAsync(ct);
        foreach (var key in new[] { asset.Path, asset.ThumbnailPath }.OfType<string>().Distinct())
        {
            var shared = await db.Assets.IgnoreQueryFilters().AnyAsync(a => a.Path == key || a.ThumbnailPath == key, ct);
            if (!shared && ContentKeys.IsValid(key)) await storage.DeleteAsync(key, ct);
        }
        return MutationPayload.Ok(globalId);
    }
}
