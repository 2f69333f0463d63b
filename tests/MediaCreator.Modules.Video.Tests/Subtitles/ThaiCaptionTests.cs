using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Subtitles;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

/// <summary>
/// Thai captions must come out as shaped Thai glyphs. The burned-in text is compared, as a normalized ink pattern,
/// with the same string shaped by HarfBuzz in the TLWG Loma font (must match closely) and with the tofu boxes a font
/// without Thai draws (must not).
/// </summary>
public sealed class ThaiCaptionTests : IDisposable
{
    private const string Text = "สวัสดีครับ ยินดีต้อนรับ";
    private const string LomaFile = "/usr/share/fonts/truetype/tlwg/Loma.ttf";
    private const string DejaVuFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private readonly string _dir = Directory.CreateTempSubdirectory("thai-captions-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public async Task Thai_WhenBurnedIn_MatchesShapedThaiGlyphsNotTofu()
    {
        var transcript = new Transcript("th", [new TranscriptSegment(0.2, 1.8, Text, [])], "test");
        var ass = Path.Combine(_dir, "thai.ass");
        await new CaptionRenderer().WriteAssAsync(transcript, "STANDARD", 960, 540, ass, CancellationToken.None);
        var video = await BurnedFrames.BurnAsync(ass, 960, 540, 1, fps: 5);

        Assert.Contains("Style: Default,Loma,", File.ReadAllText(ass), StringComparison.Ordinal);
        var frame = video.At(1.0);
        var burned = video.Pixels(1.0, 0, 1, (r, _, _) => r > 60).Select(p => (p.X, p.Y, (double)frame[(p.Y * 960 + p.X) * 3])).ToList();
        // The references are drawn as wide as the burned text, so both rasterize at the same pixel scale.
        var probe = SkiaInk(LomaFile, Text);
        var size = (float)(48.0 * Width(burned) / Width(probe));
        var shaped = Correlation(InkGrid(burned), InkGrid(SkiaInk(LomaFile, Text, size)));
        var tofu = Correlation(InkGrid(burned), InkGrid(SkiaInk(DejaVuFile, Text, size)));
        var other = Correlation(InkGrid(burned), InkGrid(SkiaInk(LomaFile, "ภาษาไทยง่ายนิดเดียว", size)));

        Assert.True(shaped > 0.6, $"burned vs HarfBuzz-shaped Loma: {shaped:0.00}");
        Assert.True(shaped > tofu + 0.4, $"tofu scores {tofu:0.00} against {shaped:0.00}");
        Assert.True(shaped > other + 0.25, $"other Thai text scores {other:0.00} against {shaped:0.00}");
        Assert.InRange(Height(burned), 0.035 * 540, 0.08 * 540);
    }

    [Fact]
    public async Task ThaiTikTok_ChunksDictionaryWordsAndHighlightsEachInLoma()
    {
        var transcript = new Transcript("th", [new TranscriptSegment(0, 3, "สวัสดีครับวันนี้อากาศดีมาก", [])], "test");
        var ass = Path.Combine(_dir, "tiktok-thai.ass");

        var document = await new CaptionRenderer().WriteAsync(transcript, CaptionStyle.TikTok, 1080, 1920, ass, CancellationToken.None);

        var script = File.ReadAllText(ass);
        var events = script.Split('\n').Where(l => l.StartsWith("Dialogue:", StringComparison.Ordinal)).ToList();
        Assert.Contains("Style: Default,Loma,", script, StringComparison.Ordinal);
        Assert.Equal(document.CueCount, events.Count);
        Assert.True(events.Count >= 5, $"{events.Count} word events");
        Assert.Contains(events, e => e.Contains(@"\fscy115}สวัสดี{\r}", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Contains(@"\fscy115}อากาศ{\r}", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains("สวัสดี ", StringComparison.Ordinal));
    }

    private static int Width(List<(int X, int Y, double Ink)> ink) => ink.Max(p => p.X) - ink.Min(p => p.X) + 1;

    private static int Height(List<(int X, int Y, double Ink)> ink) => ink.Max(p => p.Y) - ink.Min(p => p.Y) + 1;

    private static List<(int X, int Y, double Ink)> SkiaInk(string fontFile, string text, float size = 48)
    {
        using var typeface = SKTypeface.FromFile(fontFile);
        using var font = new SKFont(typeface, size);
        using var shaper = new SKShaper(typeface);
        using var bitmap = new SKBitmap(1400, 160);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Black);
            using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawShapedText(shaper, text, 20, 100, SKTextAlign.Left, font, paint);
        }
        var ink = new List<(int, int, double)>();
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y).Red > 60) ink.Add((x, y, bitmap.GetPixel(x, y).Red));
        return ink;
    }

    // Ink pixels cropped to their bounding box and averaged onto a fixed grid, so size and position drop out.
    private static double[] InkGrid(List<(int X, int Y, double Ink)> ink)
    {
        const int columns = 40, rows = 6;
        Assert.NotEmpty(ink);
        int left = ink.Min(p => p.X), right = ink.Max(p => p.X), top = ink.Min(p => p.Y), bottom = ink.Max(p => p.Y);
        var grid = new double[columns * rows];
        foreach (var (x, y, value) in ink)
        {
            var gx = Math.Min(columns - 1, (x - left) * columns / (right - left + 1));
            var gy = Math.Min(rows - 1, (y - top) * rows / (bottom - top + 1));
            grid[gy * columns + gx] += value;
        }
        return grid;
    }

    private static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), ab = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.Sqrt(aa * bb);
    }
}
