using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Common;

/// <summary>Encodes finished pages and items into <see cref="OutputFile"/>s.</summary>
internal static class Outputs
{
    public static byte[] EncodePng(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static OutputFile Png(string name, SKBitmap bitmap, int? dpi = null, bool? hasAlpha = null) =>
        new(name, "image/png", EncodePng(bitmap), OutputFileKind.Image, bitmap.Width, bitmap.Height,
            hasAlpha ?? bitmap.AlphaType != SKAlphaType.Opaque, dpi);

    public static OutputFile Pdf(string name, PdfBuilder pdf, PaperSize paper) =>
        new(name, "application/pdf", pdf.Finish(), OutputFileKind.Document,
            paper.WidthPx(pdf.Dpi), paper.HeightPx(pdf.Dpi), false, pdf.Dpi, pdf.PageCount);

    public static OutputFile Zip(string name, byte[] content) =>
        new(name, "application/zip", content, OutputFileKind.Archive, 0, 0, false);

    /// <summary>A white (opaque) or transparent bitmap and a canvas on it; dispose both.</summary>
    public static (SKBitmap Bitmap, SKCanvas Canvas) NewCanvas(int width, int height, SKColor? background)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, background is null ? SKAlphaType.Premul : SKAlphaType.Opaque));
        var canvas = new SKCanvas(bitmap);
        canvas.Clear(background ?? SKColors.Transparent);
        return (bitmap, canvas);
    }

    /// <summary>Draws into a new bitmap.</summary>
    public static SKBitmap Render(int width, int height, SKColor? background, Action<SKCanvas> draw)
    {
        var (bitmap, canvas) = NewCanvas(width, height, background);
        using (canvas) draw(canvas);
        return bitmap;
    }
}
