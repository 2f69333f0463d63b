using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaCreator.Modules.Core.Assets.Metadata;

internal enum ImageFormat { Png, Jpg, Webp, Gif, Svg, Pdf, Tiff }

public enum AudioFormat { Wav, Mp3, Flac, Aac, Ogg }

/// <summary>Stem kinds (spec: vocal, drums, bass, other; piano/guitar for 6-stem providers).</summary>
public enum StemType { Vocal, Drums, Bass, Other, Piano, Guitar }

public enum SubtitleFormat { Srt, Vtt, Ass }

internal sealed record ImageMetadata(int Width, int Height, ImageFormat Format, string AspectRatio, bool HasAlpha,
    int? Dpi = null, int? PageCount = null, string? Provider = null, string? Prompt = null, string? Style = null, long? Seed = null);

internal sealed record VideoMetadata(double Duration, int Width, int Height, double Fps, bool HasAudio, string AspectRatio,
    string? Provider = null, string? Codec = null, int? BitrateKbps = null);

internal sealed record AudioMetadata(double Duration, int SampleRate, int Channels, AudioFormat Format,
    int? BitrateKbps = null, double? LoudnessLufs = null, string? Provider = null, StemType? StemType = null);

internal sealed record SubtitleMetadata(SubtitleFormat Format, string Language, int CueCount);

/// <summary>Reads the typed view of <c>assets.metadata</c> for the asset's type; null when the JSON lacks the required keys.</summary>
internal static class AssetMetadataReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectRequiredConstructorParameters = true,
    };

    public static object? Read(Asset asset)
    {
        if (string.IsNullOrEmpty(asset.MetadataJson)) return null;
        try
        {
            return asset.Type switch
            {
                AssetType.Image => JsonSerializer.Deserialize<ImageMetadata>(asset.MetadataJson, Options),
                AssetType.Video => JsonSerializer.Deserialize<VideoMetadata>(asset.MetadataJson, Options),
                AssetType.Audio => JsonSerializer.Deserialize<AudioMetadata>(asset.MetadataJson, Options),
                AssetType.Subtitle => JsonSerializer.Deserialize<SubtitleMetadata>(asset.MetadataJson, Options),
                _ => null,
            };
        }
        catch (JsonException)
        {
            // Metadata written by a provider in another shape stays readable through rawMetadata.
            return null;
        }
    }
}
