using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Design;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Design;

public sealed class DesignLayoutTests
{
    public static TheoryData<int, int> Sizes => new() { { 120, 120 }, { 300, 100 }, { 100, 300 }, { 160, 120 }, { 100, 150 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void EveryLayout_KeepsTitleAndHeroOnTheCanvas_WithoutOverlap(int width, int height)
    {
        var canvas = SKRect.Create(width, height);
        foreach (var layout in Enum.GetValues<DesignLayout>())
        {
            var frame = LayoutPlanner.Frame(layout, width, height, new DesignRandom(1));

            Assert.True(canvas.Contains(frame.TitleRect), $"{layout}: title {frame.TitleRect} leaves {canvas}");
            Assert.True(Inflate(canvas, 1).Contains(frame.HeroRect), $"{layout}: hero {frame.HeroRect} leaves {canvas}");
            Assert.Equal(frame.HeroRect.Width, frame.HeroRect.Height, 0.01);
            Assert.True(frame.HeroRect.Width > Math.Min(width, height) * 0.3f, $"{layout}: hero is tiny");
            Assert.False(frame.TitleRect.IntersectsWith(frame.HeroRect), $"{layout}: title and hero overlap");
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void EveryStyle_RendersAnOpaqueDesignInSeveralColours(int width, int height)
    {
        foreach (var style in StyleCatalog.Keys)
        {
            using var result = DesignPixels.Render("a cat, a house and a star \"Hi\"", style, width, height);

            Assert.All(result.Bitmap.Pixels, p => Assert.Equal(255, p.Alpha));
            var colours = result.Bitmap.Pixels.GroupBy(p => p).Count(g => g.Count() > width * height / 200);
            Assert.True(colours >= (style == "minimal" ? 3 : 4), $"{style} at {width}x{height} uses only {colours} colours");
        }
    }

    private static SKRect Inflate(SKRect r, float by) => new(r.Left - by, r.Top - by, r.Right + by, r.Bottom + by);
}
