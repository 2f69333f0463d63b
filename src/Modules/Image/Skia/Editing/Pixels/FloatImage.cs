using System.Runtime.InteropServices;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Editing.Pixels;

/// <summary>
/// An RGBA image as four float planes (0..255, straight alpha) that the filters work on. Converts from any
/// <see cref="SKBitmap"/> colour type and back to Rgba8888 premultiplied bitmaps.
/// </summary>
internal sealed class FloatImage
{
    public FloatImage(int width, int height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Image size {width}x{height} is empty.");
        }

        Width = width;
        Height = height;
        Planes = [new float[width * height], new float[width * height], new float[width * height], new float[width * height]];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>R, G, B, A; each row-major, <c>Width * Height</c> long.</summary>
    public float[][] Planes { get; }

    public float[] R => Planes[0];

    public float[] G => Planes[1];

    public float[] B => Planes[2];

    public float[] A => Planes[3];

    public int PixelCount => Width * Height;

    public static FloatImage FromBitmap(SKBitmap bitmap)
    {
        var bytes = ReadRgba(bitmap, SKAlphaType.Unpremul);
        var image = new FloatImage(bitmap.Width, bitmap.Height);
        for (int i = 0, p = 0; i < image.PixelCount; i++, p += 4)
        {
            image.R[i] = bytes[p];
            image.G[i] = bytes[p + 1];
            image.B[i] = bytes[p + 2];
            image.A[i] = bytes[p + 3];
        }

        return image;
    }

    /// <summary>The bitmap's pixels as tightly packed RGBA bytes with the given alpha type.</summary>
    public static byte[] ReadRgba(SKBitmap bitmap, SKAlphaType alphaType)
    {
        var info = new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, alphaType);
        var bytes = new byte[info.BytesSize];
        var handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        try
        {
            using var pixmap = bitmap.PeekPixels()
                ?? throw new InvalidOperationException("The bitmap has no readable pixels.");
            if (!pixmap.ReadPixels(info, handle.AddrOfPinnedObject(), info.RowBytes))
            {
                throw new InvalidOperationException($"Cannot read pixels of colour type {bitmap.ColorType}.");
            }
        }
        finally
        {
            handle.Free();
        }

        return bytes;
    }

    /// <summary>A new Rgba8888 premultiplied bitmap; values are rounded and clamped to 0..255.</summary>
    public SKBitmap ToBitmap()
    {
        var bytes = new byte[PixelCount * 4];
        Parallel.For(0, Height, y =>
        {
            for (int i = y * Width, end = i + Width; i < end; i++)
            {
                var a = ToByte(A[i]);
                var f = a / 255f;
                var p = i * 4;
                bytes[p] = ToByte(R[i] * f);
                bytes[p + 1] = ToByte(G[i] * f);
                bytes[p + 2] = ToByte(B[i] * f);
                bytes[p + 3] = a;
            }
        });
        return WriteRgba(bytes, Width, Height, SKAlphaType.Premul);
    }

    public static SKBitmap WriteRgba(byte[] bytes, int width, int height, SKAlphaType alphaType)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, alphaType));
        var rowBytes = width * 4;
        var dst = bitmap.GetPixels();
        for (var y = 0; y < height; y++)
        {
            Marshal.Copy(bytes, y * rowBytes, dst + (y * bitmap.RowBytes), rowBytes);
        }

        bitmap.NotifyPixelsChanged();
        return bitmap;
    }

    public FloatImage Clone()
    {
        var copy = new FloatImage(Width, Height);
        for (var c = 0; c < 4; c++)
        {
            Planes[c].CopyTo(copy.Planes[c], 0);
        }

        return copy;
    }

    public static byte ToByte(float v) => v <= 0 ? (byte)0 : v >= 255 ? (byte)255 : (byte)(v + 0.5f);
}
