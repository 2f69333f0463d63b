using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Design;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Design;

public sealed class SkiaDesignEngineTests
{
    [Theory]
    [InlineData(160, 160)]
    [InlineData(240, 96)]
    [InlineData(90, 200)]
    public void Generate_RendersTheRequestedSize_WithTheSameDesignAsAPicture(int width, int height)
    {
        using var result = DesignPixels.Render("a rocket over the mountains \"Launch\"", "retro", width, height);

        Assert.Equal((width, height), (result.Bitmap.Width, result.Bitmap.Height));
        Assert.NotNull(result.Vector);
        Assert.Equal(SKRect.Create(width, height), result.Vector!.CullRect);

        // Replaying the picture gives the bitmap's pixels: the vector is the same design, not a sketch of it.
        using var replay = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(replay))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.DrawPicture(result.Vector);
        }
        Assert.True(DesignPixels.SamePixels(result.Bitmap, replay));
    }

    [Fact]
    public void SameRequestAndSeed_GivesIdenticalPixels()
    {
        using var a = DesignPixels.Render("cute cat with coffee \"Good Morning\"", "cute", seed: 77);
        using var b = DesignPixels.Render("cute cat with coffee \"Good Morning\"", "cute", seed: 77);

        Assert.True(DesignPixels.SamePixels(a.Bitmap, b.Bitmap));
        Assert.Equal(77, a.Seed);
    }

    [Fact]
    public void DifferentSeeds_GiveVisiblyDifferentVariants()
    {
        using var first = DesignPixels.Render("flowers and a bird \"Spring\"", seed: 1);
        for (var seed = 2; seed <= 4; seed++)
        {
            using var other = DesignPixels.Render("flowers and a bird \"Spring\"", seed: seed);
            Assert.True(DesignPixels.DifferentFraction(first.Bitmap, other.Bitmap) > 0.15, $"seed {seed} looks like seed 1");
        }
    }

    [Fact]
    public void Style_ChangesThePalette_PastelIsLighterAndSofterThanRetro()
    {
        var pastel = Mean("pastel");
        var retro = Mean("retro");

        Assert.True(pastel.Saturation < retro.Saturation - 0.1, $"pastel {pastel.Saturation:F2} vs retro {retro.Saturation:F2}");
        Assert.True(pastel.Lightness > retro.Lightness + 0.05, $"pastel {pastel.Lightness:F2} vs retro {retro.Lightness:F2}");

        static (double Saturation, double Lightness) Mean(string style)
        {
            var values = Enumerable.Range(1, 4).Select(seed =>
            {
                using var r = DesignPixels.Render("a house under the sun \"Home\"", style, 96, 96, seed);
                return DesignPixels.MeanSaturationAndLightness(r.Bitmap);
            }).ToArray();
            return (values.Average(v => v.Saturation), values.Average(v => v.Lightness));
        }
    }

    [Fact]
    public void StyleWordInThePrompt_SelectsTheStyle_WhenNoneIsGiven()
    {
        var engine = new SkiaDesignEngine();

        Assert.Equal("vaporwave", engine.Plan(new ImageGenerateRequest("synthwave palm beach", null, 64, 64, 1)).Style.Key);
        Assert.Equal("90s", engine.Plan(new ImageGenerateRequest("party", "Y2K", 64, 64, 1)).Style.Key);
        Assert.Equal("modern", engine.Plan(new ImageGenerateRequest("party", "no-such-style", 64, 64, 1)).Style.Key);
    }

    [Fact]
    public void ReferenceImage_GivesThePalette()
    {
        using var reference = new SKBitmap(40, 40);
        using (var canvas = new SKCanvas(reference))
        {
            canvas.Clear(new SKColor(0x20, 0x40, 0xC0));
            using var paint = new SKPaint { Color = new SKColor(0xF0, 0x80, 0x10) };
            canvas.DrawRect(0, 0, 40, 14, paint);
        }

        var plan = new SkiaDesignEngine().Plan(new ImageGenerateRequest("a fish", "cute", 96, 96, 3, reference));
        using var result = DesignPixels.Render("a fish", "cute", 96, 96, 3, reference: reference);

        Assert.True(DesignPixels.Distance(plan.Palette.Background, new SKColor(0x20, 0x40, 0xC0)) < 30);
        Assert.Contains(plan.Palette.All, c => DesignPixels.Distance(c, new SKColor(0xF0, 0x80, 0x10)) < 30);
        var blueish = result.Bitmap.Pixels.Count(p => DesignPixels.Distance(p, new SKColor(0x20, 0x40, 0xC0)) < 30);
        Assert.True(blueish > result.Bitmap.Pixels.Length / 5, $"only {blueish} pixels in the reference's dominant colour");
    }

    [Fact]
    public void CancelledToken_StopsTheRender()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new SkiaDesignEngine().Generate(new ImageGenerateRequest("a star", null, 64, 64, 1), cts.Token));
    }
}
