using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Exporting;

internal static class ExportSamples
{
    public static readonly SKColor Red = new(220, 30, 40);
    public static readonly SKColor HalfBlue = new(20, 60, 200, 128);

    /// <summary>Left third opaque red, middle third transparent, right third half-transparent blue.</summary>
    public static SKBitmap ThreeBands(int width = 90, int height = 40)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var pixels = bitmap.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var c = x < width / 3 ? Red : x < 2 * width / 3 ? SKColors.Transparent : HalfBlue;
                var i = (y * width + x) * 4;
                (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (c.Red, c.Green, c.Blue, c.Alpha);
            }
        }
        return bitmap;
    }

}
