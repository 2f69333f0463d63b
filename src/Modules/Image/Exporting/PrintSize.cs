using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>Print products, portrait orientation.</summary>
internal enum PrintSize
{
    A4,
    A5,
    Letter,
    Photo4x6,
    Photo5x7,
    PokerCard,
    Square8x8,
}

internal static class PrintSizes
{
    public const int DefaultDpi = 300;
    private const double MmPerInch = 25.4;

    /// <summary>Trim size in millimetres (portrait).</summary>
    public static (double Width, double Height) Millimetres(this PrintSize size) => size switch
    {
        PrintSize.A4 => (210, 297),
        PrintSize.A5 => (148, 210),
        PrintSize.Letter => (8.5 * MmPerInch, 11 * MmPerInch),
        PrintSize.Photo4x6 => (4 * MmPerInch, 6 * MmPerInch),
        PrintSize.Photo5x7 => (5 * MmPerInch, 7 * MmPerInch),
        PrintSize.PokerCard => (2.5 * MmPerInch, 3.5 * MmPerInch),
        PrintSize.Square8x8 => (8 * MmPerInch, 8 * MmPerInch),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };

    /// <summary>
    /// Pixels for the trim size plus <paramref name="bleedMm"/> on every edge at <paramref name="dpi"/>,
    /// e.g. A4 at 300 DPI = 2480 x 3508; with 3 mm bleed 2551 x 3579.
    /// </summary>
    public static SKSizeI PixelSize(this PrintSize size, int dpi = DefaultDpi, double bleedMm = 0, bool landscape = false)
    {
        if (dpi is < 36 or > 2400) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"DPI {dpi} is out of range 36..2400.");
        if (bleedMm is < 0 or > 25) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Bleed {bleedMm} mm is out of range 0..25.");
        var (w, h) = size.Millimetres();
        var px = new SKSizeI(ToPixels(w + 2 * bleedMm, dpi), ToPixels(h + 2 * bleedMm, dpi));
        return landscape ? new SKSizeI(px.Height, px.Width) : px;
    }

    /// <summary>The bleed on each edge in pixels.</summary>
    public static int BleedPixels(double bleedMm, int dpi = DefaultDpi) => ToPixels(bleedMm, dpi);

    private static int ToPixels(double mm, int dpi) => (int)Math.Round(mm / MmPerInch * dpi, MidpointRounding.AwayFromZero);
}
