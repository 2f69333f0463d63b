using System.Text;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Exporting;
using MediaCreator.Modules.Image.Skia;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Jobs;

/// <summary>One image job's run: inputs resolved, outputs numbered in a fixed order.</summary>
internal sealed class ImageJobRun(ImageJobInput input, JobContext context, ImageJobHandler handler)
{
    private readonly SemaphoreSlim _progress = new(1, 1);
    private readonly List<ImageJobOutputFile> _files = [];
    private int _nextIndex;
    private Guid? _primary;

    private string ProviderKey => context.Job.Provider ?? SkiaImageProvider.ProviderKey;

    /// <summary>The input's seed, or one derived from the input itself, so the same input gives the same result.</summary>
    private long Seed => input.Seed ?? StableHash(input.Mode + "\n" + input.Prompt + "\n" + input.Style + "\n" + input.Text + "\n" + input.TemplateType);

    public async Task<ImageJobOutput> GenerateAsync(int count, CancellationToken ct)
    {
        if (count is < 1 or > 50)
            throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "batchCount must be between 1 and 50.");
        var provider = handler.Provider(ProviderKey);
        using var reference = input.ReferenceImageId is { } r ? await LoadAsync(r, "referenceImageId", ct) : null;
        var character = await CharacterAsync(ct);
        var (width, height) = (input.Width ?? 1024, input.Height ?? 1024);
        var results = new ImageResult[count];
        var done = 0;
        try
        {
            // Variants render in parallel on every core; outputs are saved afterwards in variant order.
            await Parallel.ForEachAsync(Enumerable.Range(0, count),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
                async (i, token) =>
                {
                    results[i] = await provider.GenerateAsync(new ImageGenerateRequest(input.Prompt ?? "", input.Style, width, height, Seed + i,
                        reference, character), token);
                    await ReportAsync(0.9 * Interlocked.Increment(ref done) / count, $"rendered image {done} of {count}", token);
                });
            for (var i = 0; i < count; i++)
            {
                await SaveImageAsync(results[i], provider, $"image-{i + 1:D2}", Seed + i, null, ct,
                    size => provider.GenerateAsync(new ImageGenerateRequest(input.Prompt ?? "", input.Style, size.Width, size.Height, Seed + i, reference, character), ct));
            }
        }
        finally
        {
            foreach (var result in results) result?.Dispose();
            if (character is not null) foreach (var image in character.ReferenceImages) image.Dispose();
        }
        await context.RecordCostAsync(count, ct);
        return new ImageJobOutput(count, _files);
    }

    public async Task<ImageJobOutput> EditAsync(CancellationToken ct)
    {
        if (!ImageContractNames.TryParse<ImageEditOperation>(input.EditOperation, out var operation))
            throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Unknown edit operation '{input.EditOperation}'.");
        var provider = handler.Provider(ProviderKey);
        if (!provider.EditOperations.Contains(operation))
        {
            throw new ImageProviderException(ImageProviderErrorCodes.Unsupported, $"Provider '{provider.Key}' does not perform {ImageContractNames.Of(operation)}.",
                alternatives: OtherProviders(p => p.EditOperations.Contains(operation)));
        }
        var imageId = input.ImageId ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "imageId is required.");
        using var image = await LoadAsync(imageId, "imageId", ct);
        using var mask = input.MaskImageId is { } m ? await LoadAsync(m, "maskImageId", ct) : null;
        using var reference = input.ReferenceImageId is { } r ? await LoadAsync(r, "referenceImageId", ct) : null;
        await ReportAsync(0.1, $"{ImageContractNames.Of(operation)} with {provider.Key}", ct);
        using var result = await provider.EditAsync(new ImageEditRequest(image, operation, input.Parameters ?? new ImageEditParameters(), Seed,
            input.Prompt, mask, reference), ct);
        await ReportAsync(0.8, "exporting", ct);
        await SaveImageAsync(result, provider, "edited", Seed, imageId, ct, null);
        await context.RecordCostAsync(1, ct);
        return new ImageJobOutput(1, _files);
    }

    public async Task<ImageJobOutput> UpscaleAsync(CancellationToken ct)
    {
        var provider = handler.Provider(ProviderKey);
        if (!provider.CanUpscale)
            throw new ImageProviderException(ImageProviderErrorCodes.Unsupported, $"Provider '{provider.Key}' does not upscale.", alternatives: OtherProviders(p => p.CanUpscale));
        var imageId = input.ImageId ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "imageId is required.");
        using var image = await LoadAsync(imageId, "imageId", ct);
        await ReportAsync(0.1, $"upscaling x{input.UpscaleFactor ?? 2} with {provider.Key}", ct);
        using var result = await provider.UpscaleAsync(new ImageUpscaleRequest(image, input.UpscaleFactor ?? 2), ct);
        await ReportAsync(0.8, "exporting", ct);
        await SaveImageAsync(result, provider, "upscaled", Seed, imageId, ct, null);
        await context.RecordCostAsync(1, ct);
        return new ImageJobOutput(1, _files);
    }

    public async Task<ImageJobOutput> TemplateAsync(CancellationToken ct)
    {
        if (!ImageContractNames.TryParse<ImageTemplateType>(input.TemplateType, out var type))
            throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Unknown template type '{input.TemplateType}'.");
        if (ProviderKey != SkiaImageProvider.ProviderKey)
        {
            throw new ImageProviderException(ImageProviderErrorCodes.Unsupported,
                $"Templates are rendered by the built-in skia engine; provider '{ProviderKey}' does not render them.", alternatives: [SkiaImageProvider.ProviderKey]);
        }
        var renderer = handler.Templates.Get(type);
        using var reference = input.ReferenceImageId is { } r ? await LoadAsync(r, "referenceImageId", ct) : null;
        var character = await CharacterAsync(ct);
        IReadOnlyList<IReadOnlyDictionary<string, string>?> rows = input.Rows is { Count: > 0 } given ? [.. given] : [null];
        if (rows.Count > 500) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "A bulk fill takes at most 500 rows.");
        for (var row = 0; row < rows.Count; row++)
        {
            var slice = 1.0 / rows.Count;
            var request = new TemplateRequest(Seed + row, input.Prompt, input.Text, input.Style, input.Width, input.Height, input.PageCount,
                reference, character, input.Options, rows[row]);
            var output = await renderer.RenderAsync(request, new SyncProgress(p => ReportAsync((row + p.Fraction * 0.9) * slice, p.Message, ct).GetAwaiter().GetResult()), ct);
            using (output.Preview)
            {
                var prefix = rows.Count > 1 ? $"row-{row + 1:D3}-" : "";
                foreach (var file in output.Files) await SaveFileAsync(file, prefix, type, ct);
            }
        }
        await context.RecordCostAsync(rows.Count, ct);
        return new ImageJobOutput(rows.Count, _files);
    }

    private async Task SaveFileAsync(OutputFile file, string prefix, ImageTemplateType type, CancellationToken ct)
    {
        var format = file.MediaType switch
        {
            "image/png" => "Png", "image/jpeg" => "Jpg", "image/webp" => "Webp", "image/svg+xml" => "Svg",
            "application/pdf" => "Pdf", "image/tiff" => "Tiff", _ => null,
        };
        var assetType = format is null ? AssetType.Other : AssetType.Image;
        var metadata = format is null ? null : ImageJobHandler.MetadataJson(new
        {
            width = file.Width, height = file.Height, format, aspectRatio = Ratio(file.Width, file.Height), hasAlpha = file.HasAlpha,
            dpi = file.Dpi, pageCount = file.PageCount, provider = SkiaImageProvider.ProviderKey, prompt = input.Prompt ?? input.Text, style = input.Style,
            seed = Seed, templateType = ImageContractNames.Of(type),
        });
        await SaveAsync(file.Content, prefix + file.Name, file.MediaType, assetType, metadata, file.Width, file.Height, null, ct);
    }

    /// <summary>Exports one result in every requested format and aspect ratio.</summary>
    /// <param name="rerender">Renders the design again at another size (vector designs re-lay out instead of cropping).</param>
    private async Task SaveImageAsync(ImageResult result, IImageProvider provider, string name, long seed, Guid? derivedFrom, CancellationToken ct,
        Func<SKSizeI, Task<ImageResult>>? rerender)
    {
        var formats = (input.Output?.Formats is { Count: > 0 } f ? f : ["PNG"]).Select(ExportFormats.Parse).Distinct().ToList();
        var aspects = (input.Output?.AspectRatios ?? []).Select(AspectPresets.Parse).Distinct().ToList();
        var options = new ExportOptions(Dpi: input.Output?.Dpi ?? 300, Title: input.Prompt);
        // The first file of a new image is its primary asset; its other formats and aspect ratios derive from it
        // (edits and upscales derive from their source image instead).
        _primary = null;
        await ExportAsync(result, name, formats, options, provider, seed, derivedFrom, null, ct);
        foreach (var printName in input.Output?.PrintSizes ?? [])
        {
            if (!ImageContractNames.TryParse<PrintSize>(printName, out var print))
                throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Unknown print size '{printName}'.");
            var size = print.PixelSize(options.Dpi, landscape: result.Bitmap.Width > result.Bitmap.Height);
            using var printed = rerender is not null && result.Vector is not null ? await rerender(size) : new ImageResult(Cover(result.Bitmap, size));
            await ExportAsync(printed, $"{name}-{ImageContractNames.Of(print).ToLowerInvariant()}", formats, options, provider, seed, derivedFrom, null, ct);
        }
        foreach (var aspect in aspects)
        {
            var shortSide = Math.Min(result.Bitmap.Width, result.Bitmap.Height);
            var size = aspect.PixelSize(shortSide);
            ImageResult framed;
            if (rerender is not null && result.Vector is not null) framed = await rerender(size);
            else framed = new ImageResult(Reframer.Reframe(result.Bitmap, aspect, FrameMode.Cover, SKColors.White, shortSide));
            using (framed) await ExportAsync(framed, $"{name}-{aspect.Label().Replace(':', 'x')}", formats, options, provider, seed, derivedFrom, aspect.Label(), ct);
        }
    }

    private async Task ExportAsync(ImageResult result, string name, IReadOnlyList<ExportFormat> formats, ExportOptions options,
        IImageProvider provider, long seed, Guid? derivedFrom, string? aspect, CancellationToken ct)
    {
        foreach (var format in formats)
        {
            var bytes = ImageExporter.Export(result, format, options);
            var (width, height) = (result.Bitmap.Width, result.Bitmap.Height);
            var metadata = ImageJobHandler.MetadataJson(new
            {
                width, height, format = format.ToString(), aspectRatio = aspect ?? Ratio(width, height),
                hasAlpha = format.SupportsAlpha() && result.Bitmap.AlphaType != SKAlphaType.Opaque && HasTransparency(result.Bitmap),
                dpi = format is ExportFormat.Pdf or ExportFormat.Tiff ? options.Dpi : (int?)null,
                pageCount = format is ExportFormat.Pdf or ExportFormat.Tiff ? 1 : (int?)null,
                provider = provider.Key, prompt = result.RevisedPrompt ?? input.Prompt, style = input.Style, seed = result.Seed ?? seed,
            });
            var saved = await SaveAsync(bytes, $"{name}{format.Extension()}", format.MediaType(), AssetType.Image, metadata, width, height,
                derivedFrom ?? _primary, ct);
            _primary ??= saved;
        }
    }

    private async Task<Guid> SaveAsync(byte[] bytes, string fileName, string mediaType, AssetType type, string? metadata, int width, int height,
        Guid? derivedFrom, CancellationToken ct)
    {
        using var content = new MemoryStream(bytes, writable: false);
        var asset = await context.SaveOutputAsync(_nextIndex++, content, fileName, mediaType, type, metadata, ct);
        if (derivedFrom is { } source && asset.DerivedFromId != source)
        {
            asset.DerivedFromId = source;
            await handler.Db.SaveChangesAsync(ct);
        }
        _files.Add(new ImageJobOutputFile(asset.Id, fileName, mediaType, width, height));
        return asset.Id;
    }

    private async Task<CharacterSpec?> CharacterAsync(CancellationToken ct)
    {
        if (input.CharacterLock is not { } lockInput) return null;
        var images = new List<SKBitmap>();
        foreach (var id in lockInput.ReferenceImageIds ?? []) images.Add(await LoadAsync(id, "characterLock.referenceImageIds", ct));
        var name = lockInput.Name ?? "character";
        // The character's own seed: the same character whatever seed each image of a series uses.
        return new CharacterSpec(name, lockInput.Descriptor, lockInput.Seed ?? StableHash("character\n" + name + "\n" + lockInput.Descriptor), images,
            Math.Clamp(lockInput.Strength, 0, 1), lockInput.LookJson);
    }

    private Task<SKBitmap> LoadAsync(Guid id, string field, CancellationToken ct) => handler.LoadAsync(context.Job.OwnerId, id, field, ct);

    private async Task ReportAsync(double fraction, string message, CancellationToken ct)
    {
        await _progress.WaitAsync(ct);
        try
        {
            await context.ReportProgressAsync(fraction, message, ct);
        }
        finally
        {
            _progress.Release();
        }
    }

    private List<string> OtherProviders(Func<IImageProvider, bool> can) =>
        [.. handler.AllProviders.Where(p => p.Key != ProviderKey && can(p)).Select(p => p.Key)];

    /// <summary>Scales <paramref name="source"/> to cover <paramref name="size"/>, centred (a raster has no layout to redo).</summary>
    private static SKBitmap Cover(SKBitmap source, SKSizeI size)
    {
        var scale = Math.Max((float)size.Width / source.Width, (float)size.Height / source.Height);
        var (w, h) = (source.Width * scale, source.Height * scale);
        var target = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, SKRect.Create((size.Width - w) / 2, (size.Height - h) / 2, w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return target;
    }

    private static bool HasTransparency(SKBitmap bitmap)
    {
        for (var y = 0; y < bitmap.Height; y += Math.Max(1, bitmap.Height / 64))
        {
            for (var x = 0; x < bitmap.Width; x += Math.Max(1, bitmap.Width / 64))
            {
                if (bitmap.GetPixel(x, y).Alpha < 255) return true;
            }
        }
        return false;
    }

    private static string Ratio(int width, int height)
    {
        static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
        var g = Math.Max(1, Gcd(width, height));
        return $"{width / g}:{height / g}";
    }

    /// <summary>FNV-1a over UTF-8: stable across processes (string.GetHashCode is randomised per process).</summary>
    internal static long StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return (long)(hash & long.MaxValue);
    }

    /// <summary>
    /// Progress written synchronously on the renderer's (pool) thread, so every write is done before the outputs are
    /// saved on the same DbContext (Progress&lt;T&gt; would post writes to the pool, out of order and overlapping).
    /// </summary>
    private sealed class SyncProgress(Action<TemplateProgress> report) : IProgress<TemplateProgress>
    {
        public void Report(TemplateProgress value) => report(value);
    }
}
