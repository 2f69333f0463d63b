using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

internal static class ColorMath
{
    /// <summary>WCAG relative luminance, 0..1.</summary>
    public static double Luminance(SKColor c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(c.Red) + 0.7152 * Channel(c.Green) + 0.0722 * Channel(c.Blue);
    }

    /// <summary>WCAG contrast ratio, 1..21.</summary>
    public static double Contrast(SKColor a, SKColor b)
    {
        var la = Luminance(a);
        var lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>HSV saturation 0..1.</summary>
    public static double Saturation(SKColor c)
    {
        var max = Math.Max(c.Red, Math.Max(c.Green, c.Blue));
        var min = Math.Min(c.Red, Math.Min(c.Green, c.Blue));
        return max == 0 ? 0 : (max - min) / (double)max;
    }

    public static int DistanceSquared(SKColor a, SKColor b)
    {
        int dr = a.Red - b.Red, dg = a.Green - b.Green, db = a.Blue - b.Blue;
        return dr * dr + dg * dg + db * db;
    }

    public static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)Math.Round(a.Red + (b.Red - a.Red) * t),
        (byte)Math.Round(a.Green + (b.Green - a.Green) * t),
        (byte)Math.Round(a.Blue + (b.Blue - a.Blue) * t),
        (byte)Math.Round(a.Alpha + (b.Alpha - a.Alpha) * t));

    public static SKColor FromHsl(float hue, float saturation, float lightness) =>
        SKColor.FromHsl(((hue % 360) + 360) % 360, saturation * 100, lightness * 100);

    public static string ToHex(SKColor c) => $"#{c.Red:X2}{c.Green:X2}{c.Blue:X2}";
}
