using MediaCreator.Modules.Image.Exporting;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Exporting;

public sealed class RasterEncoderTests
{
    [Fact]
    public void Png_KeepsEveryPixelIncludingAlpha()
    {
        using var source = ExportSamples.ThreeBands();
        var png = ImageExporter.Export(source, null, ExportFormat.Png);

        using var codec = SKCodec.Create(new MemoryStream(png));
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        using var decoded = Unpremul(png);
        Assert.Equal((90, 40), (decoded.Width, decoded.Height));
        Assert.Equal(ExportSamples.Red, decoded.GetPixel(5, 5));
        Assert.Equal(0, decoded.GetPixel(45, 5).Alpha);
        Assert.Equal(128, decoded.GetPixel(80, 5).Alpha);
    }

    [Fact]
    public void Jpg_IsOpaque_TransparencyFlattenedOntoTheMatte()
    {
        using var source = ExportSamples.ThreeBands();
        var jpg = ImageExporter.Export(source, null, ExportFormat.Jpg, new ExportOptions(Quality: 95, Matte: SKColors.Black));

        using var codec = SKCodec.Create(new MemoryStream(jpg));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal(SKAlphaType.Opaque, codec.Info.AlphaType);
        using var decoded = SKBitmap.Decode(jpg);
        Assert.True(decoded.GetPixel(45, 20).Red < 20 && decoded.GetPixel(45, 20).Green < 20, "transparent area should be the black matte");
        Assert.True(DesignDistance(decoded.GetPixel(5, 20), ExportSamples.Red) < 40);
    }

    [Fact]
    public void WebP_Lossless_KeepsExactPixels_LossyKeepsAlpha()
    {
        using var source = ExportSamples.ThreeBands();

        var lossless = ImageExporter.Export(source, null, ExportFormat.Webp, new ExportOptions(Quality: 100));
        using (var codec = SKCodec.Create(new MemoryStream(lossless))) Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
        using (var decoded = Unpremul(lossless))
        {
            Assert.Equal(ExportSamples.Red, decoded.GetPixel(5, 5));
            Assert.Equal(0, decoded.GetPixel(45, 5).Alpha);
            Assert.Equal(128, decoded.GetPixel(80, 5).Alpha);
        }

        var lossy = ImageExporter.Export(source, null, ExportFormat.Webp, new ExportOptions(Quality: 70));
        using var lossyDecoded = Unpremul(lossy);
        Assert.Equal((90, 40), (lossyDecoded.Width, lossyDecoded.Height));
        Assert.InRange(lossyDecoded.GetPixel(45, 20).Alpha, 0, 8);
        Assert.InRange(lossyDecoded.GetPixel(80, 20).Alpha, 110, 146);
    }

    [Fact]
    public void Formats_HaveMediaTypesAndExtensions()
    {
        Assert.Equal(("image/jpeg", ".jpg"), (ExportFormat.Jpg.MediaType(), ExportFormat.Jpg.Extension()));
        Assert.Equal(("image/svg+xml", ".svg"), (ExportFormat.Svg.MediaType(), ExportFormat.Svg.Extension()));
        Assert.Equal(("image/tiff", ".tiff"), (ExportFormat.Tiff.MediaType(), ExportFormat.Tiff.Extension()));
        Assert.Equal(("application/pdf", ".pdf"), (ExportFormat.Pdf.MediaType(), ExportFormat.Pdf.Extension()));
        Assert.Equal(("image/webp", ".webp"), (ExportFormat.Webp.MediaType(), ExportFormat.Webp.Extension()));
        Assert.Equal(("image/png", ".png"), (ExportFormat.Png.MediaType(), ExportFormat.Png.Extension()));
        Assert.Equal(ExportFormat.Jpg, ExportFormats.Parse("JPEG"));
        Assert.Equal(ExportFormat.Tiff, ExportFormats.Parse(".tif"));
        Assert.Equal(ExportFormat.Webp, ExportFormats.Parse("WEBP"));
        Assert.Throws<MediaCreator.Modules.Image.Abstractions.ImageProviderException>(() => ExportFormats.Parse("GIF"));
        Assert.False(ExportFormat.Jpg.SupportsAlpha());
        Assert.True(ExportFormat.Tiff.SupportsPages());
    }

    private static SKBitmap Unpremul(byte[] data)
    {
        using var codec = SKCodec.Create(new MemoryStream(data));
        var bitmap = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Unpremul));
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(bitmap.Info, bitmap.GetPixels()));
        return bitmap;
    }

    private static int DesignDistance(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
}
