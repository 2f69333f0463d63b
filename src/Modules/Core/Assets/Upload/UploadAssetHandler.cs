using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.Assets.Probing;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Assets.Upload;

/// <summary>
/// Spools the upload (hashing, size limit), sniffs and probes it, stores it, then saves the row and emits
/// ASSET_CREATED. The declared content type and file name must agree with the bytes.
/// </summary>
internal sealed class UploadAssetHandler(CoreDbContext db, OwnerContext owner, IAssetStorage storage, AssetProber prober,
    OutboxSignal outbox, IOptions<StorageOptions> options, TimeProvider clock)
{
    private static readonly string SpoolDirectory = Path.Combine(Path.GetTempPath(), "mediacreator-uploads");

    public async Task<MutationPayload> UploadAsync(UploadAssetCommand command, CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        var projectId = GlobalId.DecodeFor("Project", command.ProjectId);
        var derivedFromId = command.DerivedFromId is null ? (Guid?)null : GlobalId.DecodeFor("Asset", command.DerivedFromId);
        var invalid = UploadValidation.Check(command).ToArray();
        if (invalid.Length > 0) return MutationPayload.Fail(invalid);
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, ct)) return MutationPayload.Fail(NotFoundError.For("Project", command.ProjectId));
        if (derivedFromId is { } source && !await db.Assets.AnyAsync(a => a.Id == source, ct))
            return MutationPayload.Fail(NotFoundError.For("Asset", command.DerivedFromId));

        var limit = options.Value.MaxUploadBytes;
        if (command.File.Length > limit) return MutationPayload.Fail(TooLarge(limit, command.File.Length));
        HashingSpool spool;
        try
        {
            await using var content = command.File.OpenRead();
            spool = await HashingSpool.CreateAsync(content, SpoolDirectory, limit, ct);
        }
        catch (SpoolLimitExceededException)
        {
            return MutationPayload.Fail(TooLarge(limit, limit + 1));
        }
        await using (spool)
        {
            var head = await ReadHeadAsync(spool, ct);
            var signature = ContentSniffer.Identify(head);
            if (signature is null)
                return MutationPayload.Fail(Unsupported($"The content of '{command.File.FileName}' is not a supported media type.", command.File.ContentType));
            if (!signature.Accepts(command.File.FileName, command.File.ContentType))
            {
                return MutationPayload.Fail(Unsupported($"The content of '{command.File.FileName}' is {signature.MimeType}, which does not match " +
                    $"its declared type '{command.File.ContentType}' or file name.", command.File.ContentType));
            }
            var metadata = UploadValidation.MetadataObject(command.MetadataJson);
            ProbeResult probe;
            try
            {
                probe = await prober.ProbeAsync(spool.Path, head, signature.Type, signature.MimeType, metadata["language"]?.GetValue<string>(), ct);
            }
            catch (UndecodableMediaException e)
            {
                return MutationPayload.Fail(Unsupported($"'{command.File.FileName}': {e.Message}", signature.MimeType));
            }
            var type = probe.Type ?? signature.Type;
            if (command.Type is { } declared && declared != type && declared != AssetType.Other)
                return MutationPayload.Fail(new ValidationError($"The file is {type.ToString().ToUpperInvariant()} content, not {declared.ToString().ToUpperInvariant()}.", "input.type", "TYPE_MISMATCH"));

            StoredObject stored;
            // The spool is already hashed: storage takes the file over (local storage renames it; no second copy).
            stored = await storage.PutSpooledFileAsync(spool.Path, spool.SizeBytes, spool.Sha256, ct);
            string? thumbnail = null;
            if (probe.ThumbnailJpeg is { } jpeg)
            {
                await using var thumb = new MemoryStream(jpeg, writable: false);
                thumbnail = (await storage.PutAsync(thumb, ct)).Key;
            }
            foreach (var (key, value) in probe.Metadata) metadata[key] = value?.DeepClone();
            var asset = new Asset
            {
                OwnerId = ownerId, ProjectId = projectId, Type = command.Type == AssetType.Other ? AssetType.Other : type,
                FileName = UploadValidation.FileName(command.File.FileName), MimeType = probe.MimeType ?? signature.MimeType,
                SizeBytes = stored.SizeBytes, Path = stored.Key, ThumbnailPath = thumbnail, MetadataJson = metadata.ToJsonString(),
                Tags = [.. command.Tags], DerivedFromId = derivedFromId, CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Assets.Add(asset);
            // ASSET_CREATED goes through the outbox: committed with the row, delivered even if the bus is down now.
            db.AddEvent(new AssetEvent(ownerId, projectId, asset.Id));
            await db.SaveChangesAsync(ct);
            outbox.Notify();
            return MutationPayload.Ok(asset);
        }
    }

    private static async Task<byte[]> ReadHeadAsync(HashingSpool spool, CancellationToken ct)
    {
        await using var file = spool.OpenRead();
        var buffer = new byte[(int)Math.Min(ContentSniffer.HeaderBytes, spool.SizeBytes)];
        await file.ReadExactlyAsync(buffer, ct);
        return buffer;
    }

    private static QuotaExceededError TooLarge(long limit, long size) =>
        new($"The file is larger than the upload limit of {limit} bytes.", "storage.maxUploadBytes", limit, size);

    private static UnsupportedMediaError Unsupported(string message, string? mimeType) =>
        new(message, null, mimeType, ContentSniffer.SupportedMimeTypes);
}
