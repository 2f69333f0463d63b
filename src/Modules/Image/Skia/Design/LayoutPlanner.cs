using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Computes the regions of each layout for a canvas size.</summary>
internal static class LayoutPlanner
{
    public static DesignFrame Frame(DesignLayout layout, int width, int height, DesignRandom rng)
    {
        float w = width, h = height;
        var u = Math.Min(w, h);
        var m = u * 0.06f;
        var slot = u * 0.16f;
        SKRect[] topCorners = [SKRect.Create(m, m, slot, slot), SKRect.Create(w - m - slot, m, slot, slot)];
        switch (layout)
        {
            case DesignLayout.Band:
            {
                var bandH = h * 0.26f;
                var onTop = rng.Chance(0.5);
                var band = onTop ? new SKRect(0, 0, w, bandH) : new SKRect(0, h - bandH, w, h);
                var rest = onTop ? new SKRect(0, bandH, w, h) : new SKRect(0, 0, w, h - bandH);
                var hero = Square(rest, Math.Min(w - 2 * m, rest.Height - 2 * m));
                SKRect[] slots = [SKRect.Create(rest.Left + m, rest.Bottom - m - slot, slot, slot), SKRect.Create(rest.Right - m - slot, rest.Top + m, slot, slot)];
                return new DesignFrame(Inset(band, m, bandH * 0.14f), band, hero, null, slots);
            }
            case DesignLayout.Grid:
            {
                var plaque = SKRect.Create(w * 0.08f, h * 0.6f, w * 0.84f, h * 0.26f);
                var radius = Math.Min(w * 0.3f, h * 0.25f);
                var centre = new SKPoint(w / 2, h * 0.32f);
                var medallion = new SKRect(centre.X - radius, centre.Y - radius, centre.X + radius, centre.Y + radius);
                return new DesignFrame(Inset(plaque, plaque.Height * 0.25f, plaque.Height * 0.14f), plaque, Square(medallion, radius * 1.45f), medallion, []);
            }
            case DesignLayout.Split when w >= h:
            {
                var block = new SKRect(0, 0, w * 0.46f, h);
                var right = new SKRect(block.Right, 0, w, h);
                var title = SKRect.Create(m, h * 0.2f, block.Width - 2 * m, h * 0.6f);
                return new DesignFrame(title, block, Square(right, Math.Min(right.Width, h) - 2 * m), null, []);
            }
            case DesignLayout.Split:
            {
                var block = new SKRect(0, h * 0.62f, w, h);
                var top = new SKRect(0, 0, w, block.Top);
                return new DesignFrame(Inset(block, m, block.Height * 0.16f), block, Square(top, Math.Min(w, top.Height) - 2 * m), null, [topCorners[0]]);
            }
            case DesignLayout.Badge:
            {
                var r = Math.Min(w, h * 0.9f) * 0.4f;
                var c = new SKPoint(w / 2, h * 0.46f);
                var badge = new SKRect(c.X - r, c.Y - r, c.X + r, c.Y + r);
                var ribbon = SKRect.Create(c.X - Math.Min(w / 2 - m, r * 1.2f), c.Y + r * 0.58f, 2 * Math.Min(w / 2 - m, r * 1.2f), r * 0.44f);
                var hero = Square(new SKRect(badge.Left, badge.Top, badge.Right, c.Y + r * 0.62f), r * 1.12f);
                return new DesignFrame(Inset(ribbon, ribbon.Height * 0.5f, ribbon.Height * 0.16f), ribbon, hero, badge, topCorners);
            }
            default:
            {
                var titleH = h * 0.2f;
                var title = new SKRect(m, h - m - titleH, w - m, h - m);
                var heroArea = new SKRect(0, m, w, title.Top - m * 0.5f);
                return new DesignFrame(title, null, Square(heroArea, Math.Min(w - 2 * m, heroArea.Height)), null, topCorners);
            }
        }
    }

    /// <summary>Layouts that suit the canvas: the style's choices, minus ones that cannot fit a very wide or tall canvas.</summary>
    public static IReadOnlyList<DesignLayout> Suitable(DesignStyle style, int width, int height)
    {
        var aspect = width / (float)height;
        var fits = style.Layouts.Where(l => aspect switch
        {
            > 1.8f => l is DesignLayout.Split or DesignLayout.Band,
            < 0.55f => l is DesignLayout.Band or DesignLayout.Hero or DesignLayout.Split,
            _ => true,
        }).ToArray();
        return fits.Length > 0 ? fits : [DesignLayout.Split, DesignLayout.Band];
    }

    private static SKRect Square(SKRect area, float side) => SKRect.Create(area.MidX - side / 2, area.MidY - side / 2, side, side);

    private static SKRect Inset(SKRect r, float dx, float dy) => new(r.Left + dx, r.Top + dy, r.Right - dx, r.Bottom - dy);
}
