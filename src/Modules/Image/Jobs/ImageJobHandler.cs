using System.Text.Json;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Exporting;
using MediaCreator.Modules.Image.Skia;
using MediaCreator.Modules.Image.Templates;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Jobs;

/// <summary>
/// Runs <c>image.generate</c> (GENERATE, BATCH), <c>image.edit</c> (EDIT, UPSCALE) and <c>image.template</c>
/// (TEMPLATE): loads the referenced assets of the job's owner, calls the job's provider (or the template engine),
/// exports each result in the requested formats and aspect ratios, and saves every file as an output asset
/// (idempotent per output index, so a retry never writes an asset twice).
/// </summary>
internal sealed class ImageJobHandler(IEnumerable<IImageProvider> providers, TemplateRendererCatalog templates,
    CoreDbContext db, IAssetStorage storage) : JobHandler<ImageJobInput, ImageJobOutput>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task<ImageJobOutput> HandleAsync(ImageJobInput input, JobContext context, CancellationToken ct)
    {
        try
        {
            var run = new ImageJobRun(input, context, this);
            return input.Mode.ToUpperInvariant() switch
            {
                "GENERATE" => await run.GenerateAsync(1, ct),
                "BATCH" => await run.GenerateAsync(input.BatchCount ?? 1, ct),
                "EDIT" => await run.EditAsync(ct),
                "UPSCALE" => await run.UpscaleAsync(ct),
                "TEMPLATE" => await run.TemplateAsync(ct),
                _ => throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Unknown image job mode '{input.Mode}'."),
            };
        }
        catch (ImageProviderException e)
        {
            var message = e.Alternatives.Count > 0 ? $"{e.Message} Providers that can: {string.Join(", ", e.Alternatives)}." : e.Message;
            throw new JobFailedException(e.Code, message, e.Retryable, context.Job.Provider);
        }
    }

    internal IImageProvider Provider(string key) =>
        providers.FirstOrDefault(p => p.Key == key)
        ?? throw new ImageProviderException(ImageProviderErrorCodes.NotConfigured, $"No image provider '{key}' is registered.");

    internal IEnumerable<IImageProvider> AllProviders => providers;

    internal TemplateRendererCatalog Templates => templates;

    internal CoreDbContext Db => db;

    /// <summary>Decodes an image asset of the job's owner.</summary>
    internal async Task<SKBitmap> LoadAsync(Guid ownerId, Guid assetId, string field, CancellationToken ct)
    {
        var asset = await db.Assets.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.Id == assetId && a.OwnerId == ownerId, ct)
            ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"{field}: the asset no longer exists.");
        await using var stream = await storage.OpenReadAsync(asset.Path, ct: ct)
            ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"{field}: the asset's content is missing from storage.");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return SKBitmap.Decode(buffer)
            ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"{field}: '{asset.FileName}' is not a raster image Skia can decode.");
    }

    internal static string MetadataJson(object metadata) => JsonSerializer.Serialize(metadata, Json);
}
