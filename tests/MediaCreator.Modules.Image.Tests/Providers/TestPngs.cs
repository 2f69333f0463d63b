using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Providers;

/// <summary>Images the fake services answer with: left half red, right half blue, so crops and flips show.</summary>
internal static class TestPngs
{
    public static SKBitmap Halves(int width, int height, SKColor? left = null, SKColor? right = null)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(right ?? SKColors.Blue);
        using var paint = new SKPaint { Color = left ?? SKColors.Red };
        canvas.DrawRect(0, 0, width / 2f, height, paint);
        return bitmap;
    }

    public static byte[] HalvesPng(int width, int height)
    {
        using var bitmap = Halves(width, height);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static string HalvesBase64(int width, int height) => Convert.ToBase64String(HalvesPng(width, height));

    /// <summary>Opaque mask: black, with a white rectangle = the region to edit.</summary>
    public static SKBitmap Mask(int width, int height, SKRectI white)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Black);
        using var paint = new SKPaint { Color = SKColors.White };
        canvas.DrawRect(white, paint);
        return bitmap;
    }

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not an image");

    public static SKBitmap DecodeBase64(string base64) => Decode(Convert.FromBase64String(base64));

    public static void AssertRedLeftBlueRight(SKBitmap bitmap)
    {
        var y = bitmap.Height / 2;
        AssertColor(SKColors.Red, bitmap.GetPixel(2, y));
        AssertColor(SKColors.Blue, bitmap.GetPixel(bitmap.Width - 3, y));
    }

    public static void AssertColor(SKColor expected, SKColor actual, int tolerance = 8)
    {
        Assert.True(
            Math.Abs(expected.Red - actual.Red) <= tolerance && Math.Abs(expected.Green - actual.Green) <= tolerance
            && Math.Abs(expected.Blue - actual.Blue) <= tolerance && Math.Abs(expected.Alpha - actual.Alpha) <= tolerance,
            $"expected {expected}, got {actual}");
    }
}
