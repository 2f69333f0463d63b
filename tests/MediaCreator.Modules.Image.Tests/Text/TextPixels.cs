using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Text;

/// <summary>Pixel helpers for text assertions.</summary>
internal static class TextPixels
{
    public static int CountDark(SKBitmap bitmap, SKRectI? area = null)
    {
        var r = area ?? new SKRectI(0, 0, bitmap.Width, bitmap.Height);
        var count = 0;
        for (var y = r.Top; y < r.Bottom; y++)
        {
            for (var x = r.Left; x < r.Right; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Alpha > 128 && c.Red + c.Green + c.Blue < 200) count++;
            }
        }
        return count;
    }

    public static SKRect InkBounds(SKBitmap bitmap, byte alphaAbove)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Alpha <= alphaAbove) continue;
                left = Math.Min(left, x);
                top = Math.Min(top, y);
                right = Math.Max(right, x + 1);
                bottom = Math.Max(bottom, y + 1);
            }
        }
        return right < 0 ? SKRect.Empty : new SKRect(left, top, right, bottom);
    }
}
