using System.Text.Json.Nodes;

namespace MediaCreator.Modules.Core.Assets.Probing;

/// <summary>Subtitle format and cue count; the language comes from the upload's metadata (BCP 47), else "und".</summary>
internal static class SubtitleProbe
{
    public static async Task<ProbeResult> ProbeAsync(string path, string mimeType, string? language, CancellationToken ct)
    {
        var lines = await File.ReadAllLinesAsync(path, ct);
        var format = mimeType switch { "text/vtt" => "VTT", "text/x-ssa" => "ASS", _ => "SRT" };
        var cues = format == "ASS"
            ? lines.Count(l => l.StartsWith("Dialogue:", StringComparison.Ordinal))
            : lines.Count(l => l.Contains("-->", StringComparison.Ordinal));
        return new ProbeResult(new JsonObject
        {
            ["format"] = format,
            ["cueCount"] = cues,
            ["language"] = string.IsNullOrWhiteSpace(language) ? "und" : language.Trim(),
        });
    }
}
