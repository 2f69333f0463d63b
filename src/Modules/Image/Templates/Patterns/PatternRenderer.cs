using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Patterns;

/// <summary>
/// A seamless tile: motifs scattered with the seed and drawn wrapped across the edges (each motif also at its
/// ±tile offsets), so tiles placed side by side show no seam. Motifs come from the prompt's words (heart, star,
/// flower, leaf, moon, drop, diamond, hexagon, triangle, circle) or are chosen by the seed.
/// Outputs: <c>tile.png</c> (the tile) and <c>preview-2x2.png</c>.
/// Options (all optional): <c>{"tileSize":512, "motifs":["heart","star"], "palette":"pastel", "colors":["#hex",...],
/// "background":"#hex", "density":14, "minScale":0.08, "maxScale":0.2, "outline":false}</c>.
/// </summary>
internal sealed class PatternRenderer : TemplateRenderer
{
    public override ImageTemplateType Type => ImageTemplateType.Pattern;

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        Report(progress, 0.1, "Drawing the tile");
        var tile = RenderTile(request);
        ct.ThrowIfCancellationRequested();
        Report(progress, 0.7, "Encoding");
        var preview = Outputs.Render(tile.Width * 2, tile.Height * 2, SKColors.White, canvas =>
        {
            using var image = SKImage.FromBitmap(tile);
            for (var i = 0; i < 4; i++) canvas.DrawImage(image, i % 2 * tile.Width, i / 2 * tile.Height, SKSamplingOptions.Default);
        });
        var files = new[] { Outputs.Png("tile.png", tile, hasAlpha: false), Outputs.Png("preview-2x2.png", preview, hasAlpha: false) };
        tile.Dispose();
        Report(progress, 1, "Done");
        return new TemplateOutput(files, preview);
    }

    internal SKBitmap RenderTile(TemplateRequest request)
    {
        var options = OptionsOf(request);
        var size = options.Int("tileSize", request.Width ?? 512, 64, 4096);
        var rng = new SeededRandom(request.Seed);
        var colors = options.Colors("colors");
        var palette = colors.Count > 0 ? colors.ToArray()
            : options.String("palette") is { } name ? Palettes.Get(name) : Palettes.From(request.Prompt, rng);
        var background = options.Color("background", palette.Length > 5 ? palette[5] : SKColors.White);
        var accents = palette.Length > 5 ? palette[..5] : palette;
        var motifs = Motifs(options, request.Prompt, rng);
        var density = options.Int("density", 14, 1, 200);
        var minScale = options.Float("minScale", 0.08f, 0.01f, 1);
        var maxScale = Math.Max(minScale, options.Float("maxScale", 0.2f, 0.01f, 1));
        var outline = options.Bool("outline", false);

        return Outputs.Render(size, size, background, canvas =>
        {
            for (var i = 0; i < density; i++)
            {
                var motif = motifs[i % motifs.Count];
                var x = rng.Range(0, size);
                var y = rng.Range(0, size);
                var s = size * rng.Range(minScale, maxScale);
                var angle = rng.Range(-30, 30);
                using var paint = new SKPaint { Color = accents[rng.Next(accents.Length)], IsAntialias = true };
                using var unrotated = Shapes.Motif(motif, 0, 0, s);
                using var path = Shapes.Transformed(unrotated, SKMatrix.CreateRotationDegrees(angle));
                // the motif and its wrapped copies: whatever leaves one edge re-enters at the opposite one
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        canvas.Save();
                        canvas.Translate(x + dx * size, y + dy * size);
                        canvas.DrawPath(path, paint);
                        if (outline)
                        {
                            using var stroke = new SKPaint { Color = SceneArtShade(paint.Color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1.5f, size / 256f) };
                            canvas.DrawPath(path, stroke);
                        }
                        canvas.Restore();
                    }
                }
            }
        });
    }

    private static SKColor SceneArtShade(SKColor c) => new((byte)(c.Red * 0.55f), (byte)(c.Green * 0.55f), (byte)(c.Blue * 0.55f));

    private IReadOnlyList<string> Motifs(TemplateOptions options, string? prompt, SeededRandom rng)
    {
        var named = options.Strings("motifs").Select(m => m.Trim().ToLowerInvariant()).ToArray();
        foreach (var m in named)
        {
            if (!Shapes.MotifNames.Contains(m)) throw options.Invalid($"unknown motif '{m}' (use {string.Join(", ", Shapes.MotifNames)})");
        }
        if (named.Length > 0) return named;
        var fromPrompt = Shapes.MotifNames.Where(m => (prompt ?? "").Contains(m, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (fromPrompt.Length > 0) return fromPrompt;
        return Enumerable.Range(0, 3).Select(_ => rng.Pick(Shapes.MotifNames)).Distinct().ToArray();
    }
}
