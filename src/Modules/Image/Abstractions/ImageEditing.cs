namespace MediaCreator.Modules.Image.Abstractions;

/// <summary>Edit operations: the contract's AI edits plus the basic transforms and overlays.</summary>
public enum ImageEditOperation
{
    RemoveObject,
    InsertObject,
    ReplaceBackground,
    RemoveBackground,
    Retouch,
    FaceSwap,
    Inpaint,
    Crop,
    Resize,
    Rotate,
    Flip,
    TextOverlay,
    StickerOverlay,
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<FlipAxis>))]
public enum FlipAxis
{
    Horizontal,
    Vertical,
}

/// <summary>Operation parameters; each operation reads the members it needs and refuses missing ones clearly.</summary>
public sealed record ImageEditParameters
{
    /// <summary>CROP: the rectangle to keep, in pixels.</summary>
    public PixelRect? Crop { get; init; }

    /// <summary>RESIZE: target size; with only one given, the other keeps the aspect ratio.</summary>
    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>ROTATE: degrees clockwise; the canvas grows to fit (transparent corners).</summary>
    public float? Angle { get; init; }

    /// <summary>FLIP.</summary>
    public FlipAxis? Flip { get; init; }

    /// <summary>RETOUCH steps (null = a sensible default set).</summary>
    public RetouchOptions? Retouch { get; init; }

    /// <summary>INSERT_OBJECT / STICKER_OVERLAY / TEXT_OVERLAY placement.</summary>
    public Placement? Placement { get; init; }

    /// <summary>REPLACE_BACKGROUND / REMOVE_BACKGROUND without a mask: the key colour, e.g. <c>#00FF00</c>.</summary>
    public string? ChromaKey { get; init; }

    /// <summary>Chroma key tolerance 0..1 (default 0.3).</summary>
    public float? ChromaTolerance { get; init; }

    /// <summary>REPLACE_BACKGROUND without a reference image: a solid colour, e.g. <c>#FFFFFF</c>.</summary>
    public string? BackgroundColor { get; init; }

    /// <summary>TEXT_OVERLAY.</summary>
    public TextOverlay? Text { get; init; }

    /// <summary>STICKER_OVERLAY without a reference image: a built-in sticker (e.g. <c>heart</c>, <c>star</c>).</summary>
    public string? Sticker { get; init; }
}

public readonly record struct PixelRect(int X, int Y, int Width, int Height);

/// <param name="X">Centre, 0..1 of the canvas width.</param>
/// <param name="Y">Centre, 0..1 of the canvas height.</param>
/// <param name="Scale">Width of the placed object as a fraction of the canvas width.</param>
/// <param name="Rotation">Degrees clockwise.</param>
/// <param name="Shadow">Drop shadow under the placed object.</param>
public sealed record Placement(float X = 0.5f, float Y = 0.5f, float Scale = 0.3f, float Rotation = 0, bool Shadow = false);

/// <param name="Denoise">0..1 strength (0 = off).</param>
/// <param name="Sharpen">0..1 strength (0 = off).</param>
/// <param name="SkinSmoothing">0..1 strength of the bilateral filter (0 = off).</param>
public sealed record RetouchOptions(
    bool AutoLevels = true,
    bool WhiteBalance = true,
    float Denoise = 0,
    float Sharpen = 0.3f,
    float SkinSmoothing = 0);

/// <param name="FontSize">Pixels; null = auto-fit to the canvas width.</param>
/// <param name="Color">Hex, e.g. <c>#FFFFFF</c>.</param>
/// <param name="StrokeColor">Outline colour, null = none.</param>
public sealed record TextOverlay(string Text, float? FontSize = null, string Color = "#FFFFFF", string? StrokeColor = "#000000");
