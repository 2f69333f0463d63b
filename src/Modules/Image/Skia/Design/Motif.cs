using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Which palette colour a motif layer is painted with.</summary>
internal enum PaintRole
{
    Primary,
    Secondary,
    Accent,
    Ink,
    Paper,
}

/// <summary>One vector layer of a motif, in a 100 x 100 box. <paramref name="Stroke"/> &gt; 0 = a stroked line of that width.</summary>
internal sealed record MotifLayer(SKPath Path, PaintRole Role, float Stroke = 0);

/// <summary>A drawable subject (cat, house, rocket…) made of vector layers in a 100 x 100 box, back to front.</summary>
internal sealed class Motif(string name, IReadOnlyList<MotifLayer> layers) : IDisposable
{
    public string Name { get; } = name;

    public IReadOnlyList<MotifLayer> Layers { get; } = layers;

    public void Dispose()
    {
        foreach (var layer in Layers) layer.Path.Dispose();
    }
}
