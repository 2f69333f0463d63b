using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>Aspect-ratio presets (contract <c>AspectRatio</c>, <c>RATIO_W_H</c>).</summary>
internal enum AspectPreset
{
    Ratio1x1,
    Ratio4x5,
    Ratio9x16,
    Ratio16x9,
    Ratio4x3,
    Ratio3x4,
    Ratio3x2,
    Ratio2x3,
    Ratio21x9,
}

internal static class AspectPresets
{
    public static (int W, int H) Ratio(this AspectPreset preset) => preset switch
    {
        AspectPreset.Ratio1x1 => (1, 1),
        AspectPreset.Ratio4x5 => (4, 5),
        AspectPreset.Ratio9x16 => (9, 16),
        AspectPreset.Ratio16x9 => (16, 9),
        AspectPreset.Ratio4x3 => (4, 3),
        AspectPreset.Ratio3x4 => (3, 4),
        AspectPreset.Ratio3x2 => (3, 2),
        AspectPreset.Ratio2x3 => (2, 3),
        AspectPreset.Ratio21x9 => (21, 9),
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, null),
    };

    /// <summary><c>16:9</c> style label.</summary>
    public static string Label(this AspectPreset preset) => $"{preset.Ratio().W}:{preset.Ratio().H}";

    /// <summary>Parses <c>16:9</c>, <c>16x9</c> or the contract's <c>RATIO_16_9</c>.</summary>
    public static AspectPreset Parse(string text)
    {
        var parts = text.Trim().ToUpperInvariant().Replace("RATIO_", "").Split(':', 'X', '_', '/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h))
        {
            foreach (var preset in Enum.GetValues<AspectPreset>())
            {
                if (preset.Ratio() == (w, h)) return preset;
            }
        }
        throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput,
            $"Unknown aspect ratio '{text}'; use one of {string.Join(", ", Enum.GetValues<AspectPreset>().Select(p => p.Label()))}.");
    }

    /// <summary>
    /// Pixel size with the given short side, e.g. 1080 → 1:1 1080x1080, 4:5 1080x1350, 9:16 1080x1920,
    /// 16:9 1920x1080. The long side is rounded to the nearest even pixel (video encoders need even sizes).
    /// </summary>
    public static SKSizeI PixelSize(this AspectPreset preset, int shortSide)
    {
        if (shortSide is < 1 or > 16384) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Short side {shortSide} is out of range 1..16384.");
        var (w, h) = preset.Ratio();
        var longSide = (int)Math.Round(shortSide * (double)Math.Max(w, h) / Math.Min(w, h) / 2, MidpointRounding.AwayFromZero) * 2;
        if (w == h) longSide = shortSide;
        return w >= h ? new SKSizeI(longSide, shortSide) : new SKSizeI(shortSide, longSide);
    }

    /// <summary>The largest centred rectangle of this aspect inside a <paramref name="width"/> x <paramref name="height"/> image.</summary>
    public static SKRectI CoverCrop(this AspectPreset preset, int width, int height)
    {
        var (rw, rh) = preset.Ratio();
        var cropW = width;
        var cropH = (int)Math.Round(width * (double)rh / rw);
        if (cropH > height)
        {
            cropH = height;
            cropW = (int)Math.Round(height * (double)rw / rh);
        }
        var x = (width - cropW) / 2;
        var y = (height - cropH) / 2;
        return new SKRectI(x, y, x + cropW, y + cropH);
    }
}
