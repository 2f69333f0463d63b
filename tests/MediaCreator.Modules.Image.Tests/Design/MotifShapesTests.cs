using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Design;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Design;

public sealed class MotifShapesTests
{
    [Fact]
    public void PromptWords_MapToMotifs_InPromptOrder_WithSynonymsPluralsAndThai()
    {
        Assert.Equal(["cat", "dog", "coffee"], Find("Kittens and puppies sharing a latte"));
        Assert.Equal(["rocket", "moon", "star"], Find("rocket to the moon among the stars"));
        Assert.Equal(["ice cream", "sun"], Find("ice cream in summer"));
        Assert.Equal(["cat", "house"], Find("แมวในบ้าน"));
    }

    [Fact]
    public void EveryKnownMotif_IsVisibleVectorArtInsideItsBox()
    {
        Assert.True(MotifShapes.Known.Count >= 25);
        foreach (var name in MotifShapes.Known)
        {
            using var motif = MotifShapes.Create(name);
            Assert.NotEmpty(motif.Layers);
            var bounds = motif.Layers.Select(l => l.Path.Bounds).Aggregate(SKRect.Union);
            Assert.True(bounds.Width > 40 && bounds.Height > 40, $"{name} is tiny: {bounds}");
            Assert.True(bounds.Left >= -2 && bounds.Top >= -2 && bounds.Right <= 102 && bounds.Bottom <= 102, $"{name} leaves its box: {bounds}");
        }
    }

    [Fact]
    public void UnknownSubjects_GetAGeometricMotif_TheSameForTheSameWord()
    {
        var engine = new SkiaDesignEngine();
        var plan = engine.Plan(new ImageGenerateRequest("quantum blockchain synergy", null, 64, 64, 1));

        Assert.Equal(["shape:blockchain"], plan.Motifs);
        using var a = MotifShapes.Create("shape:blockchain");
        using var b = MotifShapes.Create("shape:blockchain");
        Assert.Equal(a.Layers.Select(l => l.Path.ToSvgPathData()), b.Layers.Select(l => l.Path.ToSvgPathData()));
    }

    private static string[] Find(string prompt) => MotifShapes.Find(prompt, PromptReader.Words(prompt)).ToArray();
}
