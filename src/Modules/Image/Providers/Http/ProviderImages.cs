using SkiaSharp;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>Image bytes in and out of provider APIs: decoding answers, PNG/base64 uploads, fitting to the asked size.</summary>
internal static class ProviderImages
{
    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    public static SKBitmap Decode(byte[] bytes, string provider)
    {
        var bitmap = bytes.Length == 0 ? null : SKBitmap.Decode(bytes);
        return bitmap ?? throw ProviderFailures.ProviderError(provider, "the returned image cannot be decoded.");
    }

    /// <summary>Decodes plain base64 or a <c>data:image/...;base64,</c> URI.</summary>
    public static SKBitmap DecodeBase64(string? base64, string provider)
    {
        if (string.IsNullOrWhiteSpace(base64))
            throw ProviderFailures.ProviderError(provider, "the answer holds no image.");
        var comma = base64.StartsWith("data:", StringComparison.Ordinal) ? base64.IndexOf(',') : -1;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(comma >= 0 ? base64[(comma + 1)..] : base64);
        }
        catch (FormatException e)
        {
            throw ProviderFailures.ProviderError(provider, "the returned image is not valid base64.", e);
        }
        return Decode(bytes, provider);
    }

    public static byte[] Png(SKBitmap bitmap)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static string PngBase64(SKBitmap bitmap) => Convert.ToBase64String(Png(bitmap));

    /// <summary>A copy of <paramref name="source"/> scaled to exactly width × height (aspect not kept).</summary>
    public static SKBitmap Stretch(SKBitmap source, int width, int height)
    {
        var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.Transparent);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, new SKRect(0, 0, width, height), Sampling);
        return target;
    }

    /// <summary>
    /// Takes ownership of <paramref name="source"/> and returns it at exactly width × height: unchanged when it already
    /// is, else scaled to cover and centre-cropped, so a provider's snapped size never distorts the picture.
    /// </summary>
    public static SKBitmap FitTo(SKBitmap source, int width, int height)
    {
        if (source.Width == width && source.Height == height)
            return source;
        using (source)
        {
            var scale = Math.Max((float)width / source.Width, (float)height / source.Height);
            var drawn = new SKSize(source.Width * scale, source.Height * scale);
            var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            using var canvas = new SKCanvas(target);
            canvas.Clear(SKColors.Transparent);
            using var image = SKImage.FromBitmap(source);
            var left = (width - drawn.Width) / 2;
            var top = (height - drawn.Height) / 2;
            canvas.DrawImage(image, SKRect.Create(left, top, drawn.Width, drawn.Height), Sampling);
            return target;
        }
    }
}
