using System.Text.Json.Nodes;

namespace MediaCreator.Modules.Core.Assets.Probing;

/// <summary>Probes an uploaded file by the type its bytes were sniffed as.</summary>
internal sealed class AssetProber
{
    public async Task<ProbeResult> ProbeAsync(string path, byte[] head, AssetType type, string mimeType, string? language, CancellationToken ct) => type switch
    {
        AssetType.Image => ImageProbe.Probe(path, head),
        AssetType.Video or AssetType.Audio => await MediaProbe.ProbeAsync(path, type, mimeType, ct),
        AssetType.Subtitle => await SubtitleProbe.ProbeAsync(path, mimeType, language, ct),
        _ => new ProbeResult(new JsonObject()),
    };
}
