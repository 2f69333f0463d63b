using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Rendering.Text;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Text;

public sealed class TextEngineTests
{
    private static readonly string[] ThaiWords =
        ["ฉัน", "รัก", "แมว", "สี", "ขาว", "มาก", "เรา", "ไป", "ทะเล", "กัน", "ทุก", "ปี", "อากาศ", "ดี", "บ้าน", "สวย"];

    private static string ThaiSentence(out HashSet<int> boundaries)
    {
        boundaries = [0];
        var text = "";
        for (var i = 0; i < 3; i++)
        {
            foreach (var w in ThaiWords)
            {
                text += w;
                boundaries.Add(text.Length);
            }
        }
        return text;
    }

    [Fact]
    public void ThaiText_ShapesWithNoMissingGlyph_AndRenders()
    {
        const string text = "สวัสดีครับ ภาษาไทยน่าเรียนที่สุด ผู้ใหญ่";
        var block = TextEngine.Layout(text, new TextStyle(FontRole.Sans, 40, SKColors.Black), 2000);

        Assert.NotEmpty(block.Glyphs);
        Assert.DoesNotContain((ushort)0, block.Glyphs);
        using var bitmap = new SKBitmap(1000, 120);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            block.Draw(canvas, new SKRect(0, 0, 1000, 120));
        }
        Assert.True(TextPixels.CountDark(bitmap) > 500);
    }

    [Fact]
    public void ThaiSentence_BreaksOnlyBetweenWords()
    {
        var text = ThaiSentence(out var boundaries);
        var block = TextEngine.Layout(text, new TextStyle(FontRole.Sans, 32, SKColors.Black, TextAlign.Left), 260);

        Assert.True(block.Lines.Count >= 4, $"expected several lines, got {block.Lines.Count}");
        Assert.All(block.Lines, l => Assert.Contains(l.Start, boundaries));
        Assert.All(block.Lines, l => Assert.Contains(l.Start + l.Text.Length, boundaries));
        Assert.All(block.Lines, l => Assert.True(l.Width <= 260 && !l.Forced));
        Assert.Equal(text, string.Concat(block.Lines.Select(l => l.Text)));
    }

    [Fact]
    public void LatinText_WrapsAtSpacesAndHyphens()
    {
        const string text = "The quick brown fox jumps over the lazy dog with a well-known hyphenated-word";
        var block = TextEngine.Layout(text, new TextStyle(FontRole.Sans, 20, SKColors.Black, TextAlign.Left), 150);

        Assert.True(block.Lines.Count >= 4);
        foreach (var line in block.Lines)
        {
            Assert.True(line.Width <= 150);
            Assert.False(line.Forced);
            Assert.True(line.Start == 0 || text[line.Start - 1] is ' ' or '-', $"line starts inside a word: '{line.Text}'");
        }
        Assert.Equal(text.Replace(" ", ""), string.Concat(block.Lines.Select(l => l.Text.Replace(" ", ""))));
    }

    [Fact]
    public void LibThaiFallback_AlsoBreaksOnlyBetweenWords()
    {
        Assert.True(LibThaiBreaker.IsAvailable, "libthai0 is installed on this machine");
        var text = ThaiSentence(out var boundaries) + " and more";

        var breaks = LineBreaker.WithThaiWords(text, LibThaiBreaker.WordBreaks(text));

        Assert.True(breaks.Count(b => b < text.Length - 9) >= 20, $"found {breaks.Count} breaks");
        Assert.All(breaks.Where(b => b < text.Length - 9), b => Assert.Contains(b, boundaries));
        Assert.Contains(text.Length - 8, breaks); // after the space before "and"
        Assert.Equal(text.Length, breaks[^1]);
    }

    [Fact]
    public void FallbackBreaker_BreaksAfterSpacesAndHyphens()
    {
        Assert.Equal([4, 8, 13, 16], LineBreaker.SpacesAndHyphens("one two-part end"));
    }

    [Theory]
    [InlineData("Hello world", 400, 150)]
    [InlineData("A much longer sentence that certainly has to wrap over several lines to fit this narrow box", 300, 260)]
    [InlineData("ความสุขอยู่ที่ใจ ไม่ใช่ที่สิ่งของ ผู้ใหญ่ใจดีมีน้ำใจ", 320, 240)]
    [InlineData("Supercalifragilisticexpialidocious", 300, 200)]
    public void Fit_NeverOverflowsTheBox(string text, int boxWidth, int boxHeight)
    {
        var box = SKRect.Create(40, 30, boxWidth, boxHeight);
        var style = new TextStyle(FontRole.SansBold, 10, SKColors.Black, Outline: SKColors.Red, Shadow: new TextShadow(SKColors.Blue));

        var block = TextEngine.Fit(text, style, box);

        using var bitmap = new SKBitmap(boxWidth + 80, boxHeight + 60);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            block.Draw(canvas, box);
        }
        var ink = TextPixels.InkBounds(bitmap, alphaAbove: 8);
        Assert.False(ink.IsEmpty);
        Assert.True(ink.Left >= box.Left - 1 && ink.Top >= box.Top - 1 && ink.Right <= box.Right + 1 && ink.Bottom <= box.Bottom + 1,
            $"ink {ink} outside box {box} at size {block.Size}");
        // largest size: 8% bigger no longer fits (or must break inside a word)
        var bigger = TextEngine.Layout(text, style with { Size = block.Size * 1.08f }, box.Width - 2 * style.InkMargin(block.Size * 1.08f));
        Assert.True(bigger.HasForcedBreaks || bigger.Extent.Width > box.Width || bigger.Extent.Height > box.Height);
        Assert.True(block.Size > 10);
    }
}
