using System.Text.Json;
using System.Text.Json.Serialization;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Video.Jobs;

/// <summary>
/// Runs every video task: loads the job owner's source assets, runs the engines (ffmpeg underneath, killed when the
/// job is cancelled), saves the outputs as assets (idempotent per output index) and typed results as rows (one per
/// job: a retry replaces it). Engine failures become job failures with the engine's code.
/// </summary>
internal sealed class VideoJobHandler(IServiceProvider services, CoreDbContext db, VideoDbContext videoDb, IAssetStorage storage,
    IOptions<VideoOptions> options) : JobHandler<VideoJobInput, VideoJobOutput>
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    protected override async Task<VideoJobOutput> HandleAsync(VideoJobInput input, JobContext context, CancellationToken ct)
    {
        var scratch = Directory.CreateTempSubdirectory("mediacreator-video-job-");
        try
        {
            await using var progress = new JobProgressPump(context, ct);
            var run = new VideoJobRun(input, context, this, progress, scratch.FullName);
            try
            {
                return input.Mode switch
                {
                    "GENERATE" => await run.GenerateAsync(),
                    "EDIT" => await run.EditAsync(),
                    "MULTI_EXPORT" => await run.ExportAsync(),
                    "SUBTITLE" => await run.SubtitleAsync(),
                    "TIMELINE" => await run.TimelineAsync(),
                    "PREVIEW" => await run.PreviewAsync(),
                    _ => throw new VideoProcessingException("INVALID_INPUT", $"Unknown video job mode '{input.Mode}'."),
                };
            }
            catch (OperationCanceledException) when (progress.Token.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                // The job was cancelled and the pump noticed first: surface it as the job's own cancellation.
                throw new OperationCanceledException(progress.Token);
            }
        }
        catch (VideoProcessingException e)
        {
            throw new JobFailedException(e.Code, e.Message, e.Retryable, context.Job.Provider);
        }
        catch (FfmpegException e)
        {
            throw new JobFailedException("MEDIA_ERROR", $"{e.Message} {e.StderrTail}".Trim(), retryable: false, context.Job.Provider);
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { }
        }
    }

    internal VideoOptions Options => options.Value;

    internal CoreDbContext Db => db;

    internal VideoDbContext VideoDb => videoDb;

    internal IServiceProvider Services => services;

    /// <summary>The job owner's asset of one of <paramref name="types"/> and a local file holding it.</summary>
    internal async Task<(Asset Asset, string Path)> SourceAsync(Guid ownerId, Guid assetId, string field, string scratch, CancellationToken ct,
        params AssetType[] types)
    {
        var asset = await db.Assets.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.Id == assetId && a.OwnerId == ownerId, ct)
            ?? throw new VideoProcessingException("INVALID_INPUT", $"{field}: the asset no longer exists.");
        if (types.Length > 0 && !types.Contains(asset.Type))
            throw new VideoProcessingException("UNSUPPORTED_MEDIA",
                $"{field}: '{asset.FileName}' is {Name(asset.Type)}, not {string.Join(" or ", types.Select(Name))}.");
        var path = await storage.GetLocalFileAsync(asset.Path, scratch, ct)
            ?? throw new VideoProcessingException("INVALID_INPUT", $"{field}: the asset's content is missing from storage.");
        return (asset, path);
    }

    internal T Engine<T>(string what) where T : class =>
        services.GetService<T>() ?? throw new VideoProcessingException("UNSUPPORTED", $"No {what} engine is registered.");

    internal T Provider<T>(string key, Func<T, string> keyOf, string what) where T : class =>
        services.GetServices<T>().FirstOrDefault(p => keyOf(p) == key)
        ?? throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED",
            $"No {what} provider '{key}' is configured (available: {string.Join(", ", services.GetServices<T>().Select(keyOf))}).");

    private static string Name(AssetType type) => type.ToString().ToUpperInvariant();
}
