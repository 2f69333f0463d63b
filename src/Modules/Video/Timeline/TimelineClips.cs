using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>A clip at <see cref="Start"/> seconds on its track, lasting <see cref="Duration"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(VideoClip), "video")]
[JsonDerivedType(typeof(AudioClip), "audio")]
[JsonDerivedType(typeof(TextClip), "text")]
public abstract record TimelineClip(Guid Id, double Start)
{
    [JsonIgnore]
    public abstract double Duration { get; }

    [JsonIgnore]
    public double End => Start + Duration;
}

/// <summary>
/// A video or image asset on a VIDEO track: source seconds <see cref="InPoint"/>..<see cref="OutPoint"/> (an image
/// is held for that long). It is fitted (<see cref="Fit"/>) into a box <see cref="Scale"/> times the frame, centred at
/// (<see cref="X"/>, <see cref="Y"/>) as fractions of the frame, at <see cref="Opacity"/>; base-track clips keep the defaults.
/// </summary>
public sealed record VideoClip(
    Guid Id, Guid AssetId, double Start, double InPoint, double OutPoint,
    double Volume = 1, double FadeIn = 0, double FadeOut = 0,
    ClipFit Fit = ClipFit.Letterbox, double Opacity = 1, double X = 0.5, double Y = 0.5, double Scale = 1) : TimelineClip(Id, Start)
{
    public override double Duration => OutPoint - InPoint;
}

/// <summary>An audio asset (or the sound of a video asset) on an AUDIO track, with volume and fades in seconds.</summary>
public sealed record AudioClip(
    Guid Id, Guid AssetId, double Start, double InPoint, double OutPoint,
    double Volume = 1, double FadeIn = 0, double FadeOut = 0) : TimelineClip(Id, Start)
{
    public override double Duration => OutPoint - InPoint;
}

/// <summary>Text burned in over the picture; <see cref="Language"/> (BCP 47) picks the font (Thai gets a Thai font).</summary>
public sealed record TextClip(Guid Id, double Start, double Length, string Text, TextStyle Style, string Language = "en") : TimelineClip(Id, Start)
{
    public override double Duration => Length;
}

/// <summary>
/// Text look: <see cref="FontSize"/> in pixels of the document height, colours <c>#RRGGBB</c>, the text's centre at
/// (<see cref="X"/>, <see cref="Y"/>) as fractions of the frame, optional font family override.
/// </summary>
public sealed record TextStyle(
    double FontSize = 48, string Color = "#FFFFFF", string OutlineColor = "#000000", double Outline = 2,
    double X = 0.5, double Y = 0.85, bool Bold = false, string? FontFamily = null);

/// <summary>How a picture fills its box: cropped to fill, letterboxed (background or transparent bars), or over a blurred copy of itself.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<ClipFit>))]
public enum ClipFit { Crop, Letterbox, BlurPad }

/// <summary>Enums as the GraphQL contract writes them: <c>VIDEO</c>, <c>BLUR_PAD</c>.</summary>
public sealed class UpperSnakeEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.SnakeCaseUpper) where T : struct, Enum;
