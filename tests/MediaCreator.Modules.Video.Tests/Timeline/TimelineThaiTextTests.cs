using System.Diagnostics;
using MediaCreator.Modules.Video.Timeline;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using static MediaCreator.Modules.Video.Tests.Timeline.TimelineRenderFixture;
using static MediaCreator.Modules.Video.Tests.Timeline.TimelineTestMedia;

namespace MediaCreator.Modules.Video.Tests.Timeline;

public sealed class TimelineThaiTextTests
{
    private const string Thai = "สวัสดีครับ", Latin = "HELLO";

    [Fact]
    public async Task ThaiTextClip_RendersShapedThaiGlyphs_NotTofu()
    {
        var options = new TimelineRendererOptions { Preset = "ultrafast" };
        Assert.Equal("Loma", options.FontFor("th-TH"));
        var dir = TempDirectory("thai");
        try
        {
            var doc = TimelineDocument.Create(640, 240, 25, "#000000");
            doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Text, "Thai"), out var thai);
            doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Text, "Latin"), out var latin);
            doc = Ok(TimelineEditor.AddTextClip(doc, thai, Thai, 0, 1, new TextStyle(FontSize: 60, Y: 0.3, Outline: 0), "th"), out _);
            doc = Ok(TimelineEditor.AddTextClip(doc, latin, Latin, 0, 1, new TextStyle(FontSize: 60, Y: 0.75, Outline: 0, FontFamily: "Loma"), "en"), out _);
            var output = Path.Combine(dir, "thai.mp4");
            await new TimelineRenderer(options).RenderAsync(doc, new Dictionary<Guid, TimelineMediaFile>(), output, dir);

            var frame = await FrameAsync(output, 0.5);
            var thaiInk = InkBox(frame, 0, 120);
            var latinInk = InkBox(frame, 120, 240);
            Assert.True(thaiInk.Pixels > 500, "Thai text drew ink");
            // libass and HarfBuzz (in the same Loma font) must agree on how wide the Thai line is relative to the Latin
            // one: tofu boxes (one per code point, marks included) make it far wider.
            var (thaiShaped, latinShaped) = ShapedWidths();
            var rendered = thaiInk.Width / (double)latinInk.Width;
            Assert.InRange(rendered / (thaiShaped / latinShaped), 0.85, 1.15);
            // Above-base vowels and tone marks reach higher than the consonants: shaped Thai is taller than a box row.
            Assert.True(thaiInk.Height > latinInk.Height, $"Thai ink {thaiInk.Height}px high vs Latin {latinInk.Height}px");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static (int Pixels, int Width, int Height) InkBox((byte[] Rgb, int Width, int Height) frame, int y0, int y1)
    {
        int minX = int.MaxValue, maxX = -1, minY = int.MaxValue, maxY = -1, n = 0;
        for (var y = y0; y < y1; y++)
            for (var x = 0; x < frame.Width; x++)
            {
                if (Pixel(frame, x, y).G < 128) continue;
                n++;
                (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
            }
        return (n, maxX - minX + 1, maxY - minY + 1);
    }

    private static (double Thai, double Latin) ShapedWidths()
    {
        using var typeface = SKTypeface.FromFile(FontFile("Loma"));
        using var font = new SKFont(typeface, 60);
        using var shaper = new SKShaper(typeface);
        return (Ink(shaper, font, Thai), Ink(shaper, font, Latin));
    }

    private static double Ink(SKShaper shaper, SKFont font, string text)
    {
        var shaped = shaper.Shape(text, font);
        var glyphs = shaped.Codepoints.Select(c => (ushort)c).ToArray();
        var bounds = new SKRect[glyphs.Length];
        font.GetGlyphWidths(glyphs, null, bounds);
        var left = glyphs.Select((_, i) => shaped.Points[i].X + bounds[i].Left).Where((_, i) => bounds[i].Width > 0).Min();
        var right = glyphs.Select((_, i) => shaped.Points[i].X + bounds[i].Right).Where((_, i) => bounds[i].Width > 0).Max();
        return right - left;
    }

    private static string FontFile(string family)
    {
        using var p = Process.Start(new ProcessStartInfo("fc-match", ["-f", "%{file}", family]) { RedirectStandardOutput = true })!;
        var file = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        Assert.True(File.Exists(file), $"fc-match found no file for {family} (install fonts-thai-tlwg)");
        return file;
    }
}
