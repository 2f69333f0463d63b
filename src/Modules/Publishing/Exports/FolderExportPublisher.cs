using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Exports;

/// <summary>
/// Copies the media and a JSON sidecar (<see cref="ExportSidecar"/>) into <c>{root}/{account}/</c>, both named after
/// the idempotency key. Each file is written to a temp file and moved into place, media first and sidecar last, so a
/// sidecar always describes a complete file. Publishing the same key again rewrites the sidecar and copies the media
/// only when its bytes changed: never a second copy.
/// </summary>
public sealed class FolderExportPublisher(IOptions<FolderExportOptions> options, TimeProvider time) : IPlatformPublisher
{
    public const string PlatformKey = "folder";
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Platform => PlatformKey;

    public PlatformCapabilities Capabilities { get; } = new(NativeScheduling: false, Metrics: false, Revenue: false);

    public async Task<PublishResult> UploadAsync(PublishRequest request, IProgress<double>? progress, CancellationToken ct)
    {
        var account = request.Connection.AccountExternalId;
        if (!SafeName.IsSafe(account))
        {
            throw new PublishingException(PublishingErrorCodes.NotConfigured, "A folder account's external id must be a plain folder name (letters, digits, '.', '_', '-').");
        }
        var folder = Path.Combine(Path.GetFullPath(options.Value.RootPath), account);
        Directory.CreateDirectory(folder);
        var baseName = FileBaseName(request.IdempotencyKey);
        var mediaName = baseName + Path.GetExtension(request.Media.Path).ToLowerInvariant();
        var mediaPath = Path.Combine(folder, mediaName);
        var sidecarPath = Path.Combine(folder, baseName + ".json");

        if (!File.Exists(request.Media.Path))
        {
            throw new PublishingException(PublishingErrorCodes.Rejected, $"The media file {Path.GetFileName(request.Media.Path)} does not exist.");
        }
        var previous = await ReadSidecarAsync(sidecarPath, ct);
        var sourceHash = await HashAsync(request.Media.Path, ct);
        if (previous?.Media.Sha256 != sourceHash || !File.Exists(mediaPath) || new FileInfo(mediaPath).Length != request.Media.SizeBytes)
        {
            await AtomicFile.WriteAsync(mediaPath, s => CopyAsync(request.Media.Path, s, progress, ct), ct);
        }
        var d = request.Details;
        var m = request.Media;
        var sidecar = new ExportSidecar(request.IdempotencyKey, d.Title, d.Description, d.Tags, d.Privacy, d.MadeForKids,
            d.ContainsSyntheticMedia, d.CategoryId, d.Language,
            new ExportedMedia(mediaName, m.MimeType, new FileInfo(mediaPath).Length, sourceHash, m.DurationSeconds, m.Width, m.Height),
            previous?.ExportedAt ?? time.GetUtcNow());
        await AtomicFile.WriteAsync(sidecarPath, s => JsonSerializer.SerializeAsync(s, sidecar, Json, ct), ct);
        // The media changed type since the last export under this key: once the sidecar names the new file, drop the old one.
        if (previous is not null && previous.Media.FileName != mediaName && SafeName.IsSafe(previous.Media.FileName))
        {
            File.Delete(Path.Combine(folder, previous.Media.FileName));
        }
        progress?.Report(1);
        return new PublishResult(request.IdempotencyKey, new Uri(mediaPath).AbsoluteUri, sidecar.ExportedAt, null, "published");
    }

    public Task<PublishResult> ScheduleAsync(PublishRequest request, DateTimeOffset publishAt, IProgress<double>? progress, CancellationToken ct) =>
        Task.FromException<PublishResult>(Unsupported("scheduling (the engine holds the publication and exports it when due)"));

    public Task<PostMetrics> FetchMetricsAsync(PlatformConnection connection, string externalPostId, CancellationToken ct) =>
        Task.FromException<PostMetrics>(Unsupported("metrics"));

    public Task<IReadOnlyList<PostRevenue>> FetchRevenueAsync(PlatformConnection connection, string externalPostId, DateOnly from, DateOnly to, CancellationToken ct) =>
        Task.FromException<IReadOnlyList<PostRevenue>>(Unsupported("revenue"));

    /// <summary>The key when it is a safe file name, else a readable prefix plus a hash that keeps distinct keys distinct.</summary>
    internal static string FileBaseName(string key)
    {
        if (SafeName.IsSafe(key) && key.Length <= 80 && !key.StartsWith('.')) return key;
        var readable = new string([.. key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').Take(40)]).Trim('_');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return readable.Length == 0 ? hash : $"{readable}-{hash}";
    }

    private static async Task<ExportSidecar?> ReadSidecarAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return null;
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<ExportSidecar>(stream, Json, ct);
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    private static async Task CopyAsync(string source, Stream target, IProgress<double>? progress, CancellationToken ct)
    {
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var total = Math.Max(1, input.Length);
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, ct)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            copied += read;
            progress?.Report((double)copied / total);
        }
    }

    private static PublishingException Unsupported(string what) =>
        new(PublishingErrorCodes.Unsupported, $"Folder export does not support {what}.");
}
