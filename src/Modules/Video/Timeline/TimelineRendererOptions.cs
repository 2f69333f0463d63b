namespace MediaCreator.Modules.Video.Timeline;

/// <summary>Settings of <see cref="TimelineRenderer"/> (configuration section <c>Video:Timeline</c>).</summary>
public sealed class TimelineRendererOptions
{
    /// <summary>x264 preset and CRF of a full render.</summary>
    public string Preset { get; set; } = "veryfast";
    public int Crf { get; set; } = 20;
    public int AudioBitrateKbps { get; set; } = 192;

    /// <summary>A proxy render: short side of the frame (never above the document's), preset, CRF and audio bitrate.</summary>
    public int ProxyShortSide { get; set; } = 360;
    public string ProxyPreset { get; set; } = "ultrafast";
    public int ProxyCrf { get; set; } = 32;
    public int ProxyAudioBitrateKbps { get; set; } = 64;

    /// <summary>Font for text clips whose language has no entry in <see cref="LanguageFonts"/> (fontconfig family name).</summary>
    public string DefaultFont { get; set; } = "DejaVu Sans";

    /// <summary>Font per primary language subtag; Thai uses Loma from Debian's fonts-thai-tlwg.</summary>
    public Dictionary<string, string> LanguageFonts { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["th"] = "Loma" };

    public string FontFor(string language)
    {
        var primary = language.Split('-', '_')[0];
        return LanguageFonts.TryGetValue(primary, out var font) ? font : DefaultFont;
    }
}

/// <summary>A timeline asset as the renderer needs it: the local file, its kind, source length (none for images) and sound.</summary>
public sealed record TimelineMediaFile(string Path, TimelineAssetKind Kind, double? DurationSeconds, bool HasAudio)
{
    public TimelineAsset Info => new(Kind, DurationSeconds, HasAudio);
}
