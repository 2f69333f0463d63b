using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Templates;

/// <summary>Helpers for template tests: options JSON, rendering, decoding.</summary>
internal static class TemplateKit
{
    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static async Task<(TemplateOutput Output, List<TemplateProgress> Progress)> RenderAsync(ITemplateRenderer renderer, TemplateRequest request)
    {
        var progress = new List<TemplateProgress>();
        var output = await renderer.RenderAsync(request, new SyncProgress(progress.Add), CancellationToken.None);
        return (output, progress);
    }

    public static SKBitmap Decode(OutputFile file) => SKBitmap.Decode(file.Content) ?? throw new InvalidOperationException($"{file.Name} is not an image");

    public static bool IsDarkInk(SKColor c) => c.Alpha > 128 && c.Red < 90 && c.Green < 90 && c.Blue < 90;

    private sealed class SyncProgress(Action<TemplateProgress> report) : IProgress<TemplateProgress>
    {
        public void Report(TemplateProgress value) => report(value);
    }
}
