using System.IO.Compression;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Line;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class LineSetTests
{
    [Fact]
    public async Task StickerSet_IsAReadyToSubmitZip_WithinLineLimits()
    {
        var request = new TemplateRequest(4, "a cute pink bunny",
            Options: TemplateKit.Json("""{"count":8,"captions":["สวัสดี","ขอบคุณนะ"]}"""));

        var (output, progress) = await TemplateKit.RenderAsync(new StickerRenderer(), request);

        var zipFile = Assert.Single(output.Files, f => f.Name == "stickers.zip");
        using var zip = new ZipArchive(new MemoryStream(zipFile.Content));
        Assert.Equal(["01.png", "02.png", "03.png", "04.png", "05.png", "06.png", "07.png", "08.png", "main.png", "tab.png"],
            zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var bitmap = Decode(entry);
            switch (entry.FullName)
            {
                case "main.png":
                    Assert.Equal((240, 240), (bitmap.Width, bitmap.Height));
                    break;
                case "tab.png":
                    Assert.Equal((96, 74), (bitmap.Width, bitmap.Height));
                    break;
                default:
                    Assert.True(bitmap.Width <= 370 && bitmap.Height <= 320, entry.FullName);
                    Assert.True(bitmap.Width % 2 == 0 && bitmap.Height % 2 == 0, entry.FullName);
                    AssertTransparentMargin(bitmap, 10, entry.FullName);
                    break;
            }
            Assert.True(Coverage(bitmap) > 0.15, $"{entry.FullName} has artwork");
        }
        Assert.Equal(1, progress[^1].Fraction);
    }

    [Fact]
    public async Task EmojiSet_Has180pxTransparentPngs_AndATab()
    {
        var (output, _) = await TemplateKit.RenderAsync(new EmojiRenderer(), new TemplateRequest(9, "bear", PageCount: 10));

        using var zip = new ZipArchive(new MemoryStream(output.Files.Single(f => f.Name == "emoji.zip").Content));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"{i:000}.png").Append("tab.png"), zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries.Where(e => e.FullName != "tab.png"))
        {
            using var bitmap = Decode(entry);
            Assert.Equal((180, 180), (bitmap.Width, bitmap.Height));
            AssertTransparentMargin(bitmap, 6, entry.FullName);
            Assert.True(Coverage(bitmap) > 0.25);
        }
    }

    [Fact]
    public async Task LockedCharacter_KeepsItsLook_AcrossSeeds()
    {
        var character = new CharacterSpec("Mochi", "round cat", 77, []);
        var a = await TemplateKit.RenderAsync(new EmojiRenderer(), new TemplateRequest(1, Character: character));
        var b = await TemplateKit.RenderAsync(new EmojiRenderer(), new TemplateRequest(2, Character: character));

        Assert.Equal(a.Output.Files[0].Content, b.Output.Files[0].Content);
    }

    [Fact]
    public async Task StickerCount_MustBeAMultipleOf8()
    {
        var ex = await Assert.ThrowsAsync<ImageProviderException>(() =>
            new StickerRenderer().RenderAsync(new TemplateRequest(1, Options: TemplateKit.Json("""{"count":12}""")), null, CancellationToken.None));
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, ex.Code);
    }

    private static SKBitmap Decode(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var copy = new MemoryStream();
        s.CopyTo(copy);
        return SKBitmap.Decode(copy.ToArray());
    }

    private static void AssertTransparentMargin(SKBitmap bitmap, int margin, string name)
    {
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var inMargin = x < margin || y < margin || x >= bitmap.Width - margin || y >= bitmap.Height - margin;
                if (inMargin && bitmap.GetPixel(x, y).Alpha != 0) Assert.Fail($"{name}: opaque pixel at ({x},{y}) in the {margin}px margin");
            }
        }
    }

    private static double Coverage(SKBitmap bitmap) =>
        (double)bitmap.Pixels.Count(p => p.Alpha > 200) / (bitmap.Width * bitmap.Height);
}
