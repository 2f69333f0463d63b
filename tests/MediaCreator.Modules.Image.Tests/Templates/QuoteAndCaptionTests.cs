using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Quotes;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class QuoteAndCaptionTests
{
    private const string ThaiQuote = "ความพยายามอยู่ที่ไหน ความสำเร็จอยู่ที่นั่น ผู้ใหญ่ใจดีมีน้ำใจเสมอ";

    [Fact]
    public void Quote90s_Thai_ShapesEveryGlyph_AndTheTextIsOnThePanel()
    {
        var request = new TemplateRequest(7, Width: 540, Height: 540,
            Fields: new Dictionary<string, string> { ["quote"] = ThaiQuote, ["author"] = "สุนทรภู่" });

        var composition = new Quote90sRenderer().Compose(request);

        using var bitmap = composition.Bitmap;
        Assert.DoesNotContain((ushort)0, composition.Text.Glyphs);
        Assert.True(composition.Text.Lines.Count >= 2, "the quote wraps");
        Assert.All(composition.Text.Lines.Skip(1), l => Assert.DoesNotContain(l.Text[0], "ะาำิีึืุู่้๊๋ั็์"));
        var box = composition.TextBox;
        Assert.True(CountColor(bitmap, SKRectI.Round(box), SKColors.White) > box.Width * box.Height * 0.02,
            "white quote text is drawn inside its box");
    }

    [Fact]
    public async Task Quote90s_OutputsAnOpaquePng_DeterministicForTheSeed()
    {
        var request = new TemplateRequest(11, Text: "Stay rad, be kind", Width: 320, Height: 320);

        var (first, progress) = await TemplateKit.RenderAsync(new Quote90sRenderer(), request);
        var (second, _) = await TemplateKit.RenderAsync(new Quote90sRenderer(), request);

        var file = Assert.Single(first.Files);
        Assert.Equal("quote.png", file.Name);
        using var decoded = TemplateKit.Decode(file);
        Assert.Equal((320, 320), (decoded.Width, decoded.Height));
        Assert.Equal(file.Content, second.Files[0].Content);
        Assert.Equal(1, progress[^1].Fraction);
    }

    [Fact]
    public void Caption_Thai_OnABand_OverTheReferencePhoto()
    {
        using var photo = new SKBitmap(200, 100);
        photo.Erase(new SKColor(0x20, 0x80, 0x20));
        var request = new TemplateRequest(3, Text: "วันนี้อากาศดีมาก ไปเที่ยวทะเลกันเถอะ", Width: 400, Height: 400, Reference: photo);

        var composition = new CaptionRenderer().Compose(request);

        using var bitmap = composition.Bitmap;
        Assert.DoesNotContain((ushort)0, composition.Text.Glyphs);
        Assert.Equal(new SKColor(0x20, 0x80, 0x20), bitmap.GetPixel(200, 40));   // the photo above the band
        Assert.True(composition.TextBox.Top > 400 * 0.7f);                        // band at the bottom
        Assert.True(CountColor(bitmap, SKRectI.Round(composition.TextBox), SKColors.White) > 200);
    }

    [Fact]
    public void Caption_WithoutText_IsRefused()
    {
        var ex = Assert.Throws<ImageProviderException>(() => new CaptionRenderer().Compose(new TemplateRequest(1)));
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, ex.Code);
    }

    private static int CountColor(SKBitmap bitmap, SKRectI area, SKColor color)
    {
        var n = 0;
        for (var y = Math.Max(0, area.Top); y < Math.Min(bitmap.Height, area.Bottom); y++)
        {
            for (var x = Math.Max(0, area.Left); x < Math.Min(bitmap.Width, area.Right); x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (Math.Abs(c.Red - color.Red) + Math.Abs(c.Green - color.Green) + Math.Abs(c.Blue - color.Blue) < 12) n++;
            }
        }
        return n;
    }
}
