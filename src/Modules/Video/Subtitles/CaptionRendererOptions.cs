namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Fonts and colours of burned-in captions (bound from <c>Video:Captions</c>). Colours are RRGGBB.</summary>
public sealed class CaptionRendererOptions
{
    /// <summary>Font for Latin, Cyrillic and Greek text (Debian fonts-dejavu-core).</summary>
    public string LatinFont { get; set; } = "DejaVu Sans";

    /// <summary>Font for text holding Thai (Debian fonts-thai-tlwg: Loma, Garuda, Sawasdee, Waree...), so libass shapes Thai with it.</summary>
    public string ThaiFont { get; set; } = "Loma";

    /// <summary>
    /// libass sizes a font by its line height, and Thai fonts reserve tall lines for stacked marks: at the same ASS size
    /// Loma's letters come out about 0.7 times as tall as DejaVu Sans's, so Thai captions are scaled up by this.
    /// </summary>
    public double ThaiFontScale { get; set; } = 1.35;

    public string TextColor { get; set; } = "FFFFFF";

    /// <summary>The word being spoken in TIKTOK captions and the sung part in KARAOKE.</summary>
    public string HighlightColor { get; set; } = "FFE000";

    /// <summary>How much larger the current TIKTOK word is drawn, in percent.</summary>
    public int HighlightScalePercent { get; set; } = 115;

    /// <summary>At most this many words on screen at once in TIKTOK captions (1–3).</summary>
    public int TikTokMaxWords { get; set; } = 3;
}
