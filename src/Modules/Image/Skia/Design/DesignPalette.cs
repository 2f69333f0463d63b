using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>The colour roles a design is painted with.</summary>
/// <param name="Background">Canvas colour.</param>
/// <param name="Background2">Second background tone (gradients, patterns).</param>
/// <param name="Primary">Main motif / band colour.</param>
/// <param name="Secondary">Second motif colour.</param>
/// <param name="Accent">Small highlights.</param>
/// <param name="Ink">Dark colour: outlines, text on light surfaces.</param>
/// <param name="Paper">Light colour: plaques, text on dark surfaces.</param>
internal sealed record DesignPalette(
    SKColor Background, SKColor Background2, SKColor Primary, SKColor Secondary, SKColor Accent, SKColor Ink, SKColor Paper)
{
    public static DesignPalette FromHex(params string[] hex)
    {
        if (hex.Length != 7) throw new ArgumentException("A palette has 7 colours.", nameof(hex));
        var c = hex.Select(SKColor.Parse).ToArray();
        return new DesignPalette(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    /// <summary>Ink or Paper, whichever reads better on <paramref name="surface"/>.</summary>
    public SKColor TextOn(SKColor surface) =>
        ColorMath.Contrast(Ink, surface) >= ColorMath.Contrast(Paper, surface) ? Ink : Paper;

    /// <summary>Primary/Secondary/Accent swapped around, for seed variants of one palette.</summary>
    public DesignPalette Rotate(int steps) => (steps % 3) switch
    {
        1 => this with { Primary = Secondary, Secondary = Accent, Accent = Primary },
        2 => this with { Primary = Accent, Secondary = Primary, Accent = Secondary },
        _ => this,
    };

    public IEnumerable<SKColor> All => [Background, Background2, Primary, Secondary, Accent, Ink, Paper];
}
