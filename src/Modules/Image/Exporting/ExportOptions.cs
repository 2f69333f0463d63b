using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>TIFF compression (both lossless).</summary>
internal enum TiffCompression
{
    Lzw,
    Deflate,
}

/// <summary>How an export is written. Defaults suit screen PNG/JPG/WebP and 300-DPI print PDF/TIFF.</summary>
/// <param name="Quality">JPG/WebP quality 1..100; WebP at 100 is lossless.</param>
/// <param name="Dpi">PDF page size (points = pixels * 72 / dpi) and TIFF resolution tags.</param>
/// <param name="Matte">Colour transparent pixels are flattened onto for JPG (and RGB TIFF).</param>
/// <param name="TiffAlpha">RGBA TIFF (true) or RGB flattened onto <see cref="Matte"/> (false).</param>
/// <param name="Title">PDF metadata title.</param>
/// <param name="Creator">PDF metadata creator.</param>
internal sealed record ExportOptions(
    int Quality = 90,
    int Dpi = 300,
    SKColor? Matte = null,
    bool TiffAlpha = true,
    TiffCompression Compression = TiffCompression.Lzw,
    string? Title = null,
    string Creator = "MediaCreator")
{
    public static readonly ExportOptions Default = new();

    public SKColor MatteColor => Matte ?? SKColors.White;
}
