using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Where things go in a layout. Rects are in canvas pixels; the hero box is square.</summary>
/// <param name="TitleSurface">The band / block / plaque / ribbon behind the title, if the layout has one.</param>
/// <param name="HeroSurface">A round surface behind the hero (grid medallion, badge), if any.</param>
/// <param name="Slots">Small boxes for secondary motifs.</param>
internal sealed record DesignFrame(SKRect TitleRect, SKRect? TitleSurface, SKRect HeroRect, SKRect? HeroSurface, IReadOnlyList<SKRect> Slots);

/// <summary>
/// Every decision of a design, made up front from the request and seed; rendering only follows it. The engine
/// exposes it (internally) so callers and tests can see which style, palette, layout, title and motifs were chosen.
/// </summary>
/// <param name="Motifs">Motif names in prompt order (known vocabulary or <c>shape:word</c> fallbacks).</param>
/// <param name="Character">The locked character drawn in <see cref="DesignFrame.HeroRect"/>, if any.</param>
internal sealed record DesignPlan(
    int Width,
    int Height,
    ulong Seed,
    DesignStyle Style,
    DesignPalette Palette,
    DesignLayout Layout,
    string Title,
    SKTypeface TitleFace,
    DesignFrame Frame,
    IReadOnlyList<string> Motifs,
    SkiaCharacter? Character);
