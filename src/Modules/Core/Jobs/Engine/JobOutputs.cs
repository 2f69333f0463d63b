using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>
/// Writes a job's output assets idempotently: output <c>index</c> of a job is one asset, however often the job is
/// retried or redelivered (a unique index on job and index settles races), and equal bytes are stored once.
/// </summary>
public static class JobOutputs
{
    public static async Task<Asset> SaveOutputAsync(this JobContext context, int index, Stream content, string fileName, string mimeType,
        AssetType type, string? metadataJson, CancellationToken ct, Guid? derivedFromId = null)
    {
        var db = context.Services.GetRequiredService<CoreDbContext>();
        var job = context.Job;
        if (await FindAsync(db, job.Id, index, ct) is { } existing) return existing;
        var stored = await context.Services.GetRequiredService<IAssetStorage>().PutAsync(content, ct);
        var asset = new Asset
        {
            OwnerId = job.OwnerId, ProjectId = job.ProjectId, SourceJobId = job.Id, OutputIndex = index, Type = type,
            FileName = fileName, MimeType = mimeType, SizeBytes = stored.SizeBytes, Path = stored.Key, MetadataJson = metadataJson,
            DerivedFromId = derivedFromId,
        };
        db.Assets.Add(asset);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another delivery of the same job saved this output first: use that one.
            db.Entry(asset).State = EntityState.Detached;
            return await FindAsync(db, job.Id, index, ct) ?? throw new InvalidOperationException($"Output {index} of job {job.Id} could not be saved.");
        }
        await context.Services.GetRequiredService<IEventBus>().PublishAsync(new AssetEvent(job.OwnerId, job.ProjectId, asset.Id), ct);
        return asset;
    }

    private static Task<Asset?> FindAsync(CoreDbContext db, Guid jobId, int index, CancellationToken ct) =>
        db.Assets.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.SourceJobId == jobId && a.OutputIndex == index, ct);
}
