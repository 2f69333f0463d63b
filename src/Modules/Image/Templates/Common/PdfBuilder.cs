using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Common;

/// <summary>
/// Builds a multi-page PDF with Skia. Pages are drawn in pixel coordinates at <see cref="Dpi"/> (the canvas is scaled
/// to points), so the same drawing code renders PNGs and vector PDF pages.
/// </summary>
internal sealed class PdfBuilder : IDisposable
{
    private readonly MemoryStream stream = new();
    private readonly SKDocument document;

    public PdfBuilder(string title, int dpi = 300)
    {
        Dpi = dpi;
        document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "MediaCreator",
            Producer = "MediaCreator (Skia)",
            RasterDpi = dpi,
            EncodingQuality = 101, // >100 = lossless image encoding
        });
    }

    public int Dpi { get; }

    public int PageCount { get; private set; }

    /// <summary>Adds a page of <paramref name="paper"/> size; <paramref name="draw"/> works in pixels at <see cref="Dpi"/>.</summary>
    public void AddPage(PaperSize paper, Action<SKCanvas> draw) => AddPage(paper.WidthPt, paper.HeightPt, draw);

    public void AddPage(float widthPt, float heightPt, Action<SKCanvas> draw)
    {
        var canvas = document.BeginPage(widthPt, heightPt);
        canvas.Scale(72f / Dpi);
        draw(canvas);
        document.EndPage();
        PageCount++;
    }

    /// <summary>Adds a page showing <paramref name="bitmap"/> filling the page.</summary>
    public void AddBitmapPage(PaperSize paper, SKBitmap bitmap) => AddPage(paper, canvas =>
    {
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, SKRect.Create(paper.WidthPx(Dpi), paper.HeightPx(Dpi)), new SKSamplingOptions(SKFilterMode.Linear));
    });

    public byte[] Finish()
    {
        document.Close();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }
}
