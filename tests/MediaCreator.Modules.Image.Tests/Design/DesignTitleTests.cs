using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Design;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Design;

public sealed class DesignTitleTests
{
    [Theory]
    [InlineData("poster of a cat \"Meow Club\" in pink", "Meow Club")]
    [InlineData("poster of a cat “Cafe Neko” please", "Cafe Neko")]
    [InlineData("a cute cat drinking coffee with friends in the rain", "Cat Drinking Coffee")]
    [InlineData("party with balloons and music", "Party With Balloons")]
    [InlineData("my cat's toy and the dog's bone", "My Cat's Toy")]
    [InlineData("sign saying 'Open Late' in neon", "Open Late")]
    public void Title_IsTheQuotedPart_ElseAShortPhrase(string prompt, string title)
    {
        Assert.Equal(title, PromptReader.Title(prompt));
    }

    [Theory]
    [InlineData("minimal", "GOOD MORNING")]
    [InlineData("cute", "สวัสดีตอนเช้า")]
    public void TitleGlyphs_ArePaintedInTheTitleArea(string style, string title)
    {
        var request = new ImageGenerateRequest($"a cat \"{title}\"", style, 240, 240, 5);
        var plan = new SkiaDesignEngine().Plan(request);
        using var result = new SkiaDesignEngine().Generate(request, CancellationToken.None);

        Assert.Equal(title, plan.Title);
        Assert.DoesNotContain((ushort)0, plan.TitleFace.GetGlyphs(title.Replace(" ", "")));

        // Rasterize the title's own glyph outlines as a mask; pixels well inside the glyphs must carry one colour
        // that differs from the surface around them.
        using var glyphs = TitleText.Layout(plan.Title, plan.TitleFace, plan.Frame.TitleRect);
        using var mask = new SKBitmap(new SKImageInfo(240, 240, SKColorType.Alpha8));
        using (var canvas = new SKCanvas(mask))
        {
            canvas.Clear(SKColors.Transparent);
            using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
            canvas.DrawPath(glyphs, paint);
        }
        var inside = new List<SKColor>();
        for (var y = 0; y < 240; y++)
        {
            for (var x = 0; x < 240; x++)
            {
                if (mask.GetPixel(x, y).Alpha == 255) inside.Add(result.Bitmap.GetPixel(x, y));
            }
        }
        Assert.True(inside.Count > 150, $"the title covers only {inside.Count} pixels");
        var ink = inside.GroupBy(c => c).OrderByDescending(g => g.Count()).First();
        Assert.True(ink.Count() > inside.Count * 0.8, "glyph interiors are not one solid text colour");
        var around = result.Bitmap.GetPixel((int)plan.Frame.TitleRect.Left + 1, (int)plan.Frame.TitleRect.Top + 1);
        Assert.True(DesignPixels.Distance(ink.Key, around) > 100, $"text {ink.Key} does not stand out from {around}");
    }

    [Fact]
    public void ThaiTitle_IsSetWithAThaiFace()
    {
        var plan = new SkiaDesignEngine().Plan(new ImageGenerateRequest("โปสเตอร์ \"ร้านกาแฟแมว\"", null, 128, 128, 1));

        Assert.Contains(plan.TitleFace.FamilyName, new[] { "Loma", "Garuda", "Norasi", "Kinnari", "Umpush", "Waree", "Purisa", "TlwgMono", "Tlwg Mono" });
        Assert.DoesNotContain((ushort)0, plan.TitleFace.GetGlyphs("ร้านกาแฟแมว"));
        Assert.Equal(["coffee", "cat"], plan.Motifs);
    }
}
