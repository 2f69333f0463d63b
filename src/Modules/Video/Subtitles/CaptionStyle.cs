using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>The caption looks of the contract: STANDARD, MINIMAL, KARAOKE, TIKTOK.</summary>
public enum CaptionStyle
{
    Standard,
    Minimal,
    Karaoke,
    TikTok,
}

public static class CaptionStyles
{
    public static CaptionStyle Parse(string? style) =>
        (style ?? "STANDARD").Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "" or "STANDARD" or "DEFAULT" => CaptionStyle.Standard,
            "MINIMAL" => CaptionStyle.Minimal,
            "KARAOKE" => CaptionStyle.Karaoke,
            "TIKTOK" => CaptionStyle.TikTok,
            _ => throw new VideoProcessingException("INVALID_INPUT", $"Unknown caption style '{style}': use STANDARD, MINIMAL, KARAOKE or TIKTOK."),
        };
}
