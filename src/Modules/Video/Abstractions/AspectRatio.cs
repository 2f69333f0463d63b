namespace MediaCreator.Modules.Video.Abstractions;

/// <summary>An aspect ratio such as 9:16, with the output sizes our encoders use for it.</summary>
public readonly record struct AspectRatio(int Width, int Height)
{
    public static readonly AspectRatio Landscape = new(16, 9);
    public static readonly AspectRatio Portrait = new(9, 16);
    public static readonly AspectRatio Vertical45 = new(4, 5);
    public static readonly AspectRatio Square = new(1, 1);

    public double Value => (double)Width / Height;

    public override string ToString() => $"{Width}:{Height}";

    /// <summary>Parses <c>9:16</c> or the contract's enum name <c>RATIO_9_16</c>.</summary>
    public static AspectRatio Parse(string text)
    {
        var s = text.Trim();
        if (s.StartsWith("RATIO_", StringComparison.OrdinalIgnoreCase)) s = s[6..].Replace('_', ':');
        var parts = s.Split(':');
        if (parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h) && w > 0 && h > 0) return new AspectRatio(w, h);
        throw new VideoProcessingException("INVALID_INPUT", $"'{text}' is not an aspect ratio (expected e.g. 9:16 or RATIO_9_16).");
    }

    /// <summary>The contract's enum name, e.g. <c>RATIO_9_16</c>.</summary>
    public string EnumName => $"RATIO_{Width}_{Height}";

    /// <summary>
    /// The output frame for this ratio: the requested size when given (made even), else the ratio fitted so its
    /// short side is <paramref name="shortSide"/> (1080 gives 1920x1080, 1080x1920, 1080x1350, 1080x1080).
    /// </summary>
    public (int Width, int Height) FrameSize(int? width = null, int? height = null, int shortSide = 1080)
    {
        if (width is > 0 && height is > 0) return (Even(width.Value), Even(height.Value));
        if (width is > 0) return (Even(width.Value), Even(width.Value * Height / (double)Width));
        if (height is > 0) return (Even(height.Value * Width / (double)Height), Even(height.Value));
        return Width >= Height
            ? (Even(shortSide * (double)Width / Height), Even(shortSide))
            : (Even(shortSide), Even(shortSide * (double)Height / Width));
    }

    /// <summary>The reduced ratio of a frame, e.g. 1080x1920 gives <c>9:16</c>; near-standard frames snap to the standard name.</summary>
    public static string Reduce(int width, int height)
    {
        if (width <= 0 || height <= 0) return "0:0";
        var ratio = (double)width / height;
        foreach (var (w, h) in (ReadOnlySpan<(int, int)>)[(16, 9), (9, 16), (4, 5), (5, 4), (1, 1), (4, 3), (3, 4), (3, 2), (2, 3), (21, 9)])
            if (Math.Abs(ratio - (double)w / h) / ((double)w / h) < 0.01) return $"{w}:{h}";
        var g = Gcd(width, height);
        return $"{width / g}:{height / g}";
    }

    private static int Even(double v) => Math.Max(2, (int)Math.Round(v / 2) * 2);

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}

/// <summary>How content is fitted to another aspect ratio (contract <c>ReframeStrategy</c>).</summary>
public enum ReframeStrategy
{
    /// <summary>Crop that follows the subject (faces, else motion/saliency) along a smoothed path.</summary>
    SmartCrop,
    CenterCrop,
    Letterbox,
    /// <summary>The whole frame over a blurred, zoomed copy of itself.</summary>
    BlurPad,
}

/// <summary>A time range in seconds of a media file.</summary>
public readonly record struct TimeRange(double Start, double End)
{
    public double Duration => End - Start;
}
