using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Persistence;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Audio.Jobs;

/// <summary>
/// Runs every audio/music task: loads the job owner's source assets, decodes them with ffmpeg, calls the job's
/// provider, encodes the outputs and saves them as assets (idempotent per output index) and the typed result as its
/// row (one per job: a retry replaces it). Engine failures become job failures with the engine's code.
/// </summary>
internal sealed class AudioJobHandler(IServiceProvider services, CoreDbContext db, AudioDbContext audioDb, IAssetStorage storage,
    IOptions<AudioOptions> options) : JobHandler<AudioJobInput, AudioJobOutput>
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    protected override async Task<AudioJobOutput> HandleAsync(AudioJobInput input, JobContext context, CancellationToken ct)
    {
        var scratch = Directory.CreateTempSubdirectory("mediacreator-audio-job-");
        try
        {
            await using var progress = new JobProgressPump(context, ct);
            var run = new AudioJobRun(input, context, this, progress, scratch.FullName);
            try
            {
                return input.Mode switch
                {
                    "ANALYZE" => await run.AnalyzeAsync(),
                    "STEMS" => await run.StemsAsync(),
                    "TAB" => await run.TabAsync(),
                    "GENERATE" => await run.GenerateAsync(),
                    "REMASTER" or "PODCAST" => await run.ProcessAsync(),
                    _ => throw new AudioProcessingException("INVALID_INPUT", $"Unknown audio job mode '{input.Mode}'."),
                };
            }
            catch (OperationCanceledException) when (progress.Token.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                // The job was cancelled and the pump noticed first: surface it as the job's own cancellation.
                throw new OperationCanceledException(ct.IsCancellationRequested ? ct : progress.Token);
            }
        }
        catch (AudioProcessingException e)
        {
            throw new JobFailedException(e.Code, e.Message, e.Retryable, context.Job.Provider);
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { }
        }
    }

    internal AudioOptions Options => options.Value;

    internal CoreDbContext Db => db;

    internal AudioDbContext AudioDb => audioDb;

    internal IServiceProvider Services => services;

    /// <summary>The job owner's asset and a local file holding it.</summary>
    internal async Task<(Asset Asset, string Path)> SourceAsync(Guid ownerId, Guid assetId, string field, string scratch, CancellationToken ct)
    {
        var asset = await db.Assets.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.Id == assetId && a.OwnerId == ownerId, ct)
            ?? throw new AudioProcessingException("INVALID_INPUT", $"{field}: the asset no longer exists.");
        if (asset.Type is not (AssetType.Audio or AssetType.Video))
            throw new AudioProcessingException("UNSUPPORTED_MEDIA", $"{field}: '{asset.FileName}' is {asset.Type.ToString().ToUpperInvariant()}, not audio or video.");
        var path = await storage.GetLocalFileAsync(asset.Path, scratch, ct)
            ?? throw new AudioProcessingException("INVALID_INPUT", $"{field}: the asset's content is missing from storage.");
        return (asset, path);
    }

    internal T Engine<T>(string what) where T : class =>
        services.GetService<T>() ?? throw new AudioProcessingException("UNSUPPORTED", $"No {what} engine is registered.");

    internal T Provider<T>(string key, Func<T, string> keyOf, string what) where T : class =>
        services.GetServices<T>().FirstOrDefault(p => keyOf(p) == key)
        ?? throw new AudioProcessingException("PROVIDER_NOT_CONFIGURED",
            $"No {what} provider '{key}' is registered (available: {string.Join(", ", services.GetServices<T>().Select(keyOf))}).");
}
