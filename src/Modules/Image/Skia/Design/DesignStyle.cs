using MediaCreator.Modules.Image.Rendering;

namespace MediaCreator.Modules.Image.Skia.Design;

internal enum DesignLayout
{
    /// <summary>One big motif in the middle, title underneath.</summary>
    Hero,
    /// <summary>Poster: a solid title band across the top or bottom, motif in the rest.</summary>
    Band,
    /// <summary>A repeating grid of motifs behind a title plaque.</summary>
    Grid,
    /// <summary>Half colour block with the title, half motif.</summary>
    Split,
    /// <summary>Round badge / sticker with a title ribbon.</summary>
    Badge,
}

internal enum DesignDecor
{
    None,
    Dots,
    Sunburst,
    Memphis,
    HorizonGrid,
    Stripes,
    Frame,
    Leaves,
    Confetti,
    Blobs,
}

/// <summary>A named look: palettes to pick from, typeface, background decoration, preferred layouts, line work.</summary>
/// <param name="Outline">Cartoon outlines in Ink around motifs.</param>
/// <param name="Uppercase">Set the title in capitals.</param>
internal sealed record DesignStyle(
    string Key,
    IReadOnlyList<DesignPalette> Palettes,
    FontRole Font,
    DesignDecor Decor,
    IReadOnlyList<DesignLayout> Layouts,
    bool Outline,
    bool Uppercase,
    bool Gradient);
