using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>
/// One page of a PDF export: a vector picture (drawn as vector) or a raster, with its size in pixels.
/// The caller keeps ownership of the picture/bitmap.
/// </summary>
internal sealed record ExportPage(int Width, int Height, SKPicture? Picture = null, SKBitmap? Bitmap = null)
{
    public static ExportPage Of(SKPicture picture, int width, int height) => new(width, height, Picture: picture);

    public static ExportPage Of(SKBitmap bitmap) => new(bitmap.Width, bitmap.Height, Bitmap: bitmap);

    public void DrawOn(SKCanvas canvas)
    {
        if (Picture is not null) canvas.DrawPicture(Picture);
        else if (Bitmap is not null) canvas.DrawBitmap(Bitmap, SKRect.Create(Width, Height), new SKSamplingOptions(SKFilterMode.Linear), null);
    }
}
