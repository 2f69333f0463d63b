using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Collects the layers of a motif with small shape helpers (coordinates in a 100 x 100 box).</summary>
internal sealed class MotifBuilder(string name)
{
    private readonly List<MotifLayer> _layers = [];

    public Motif Build() => new(name, _layers.ToArray());

    public MotifBuilder Svg(PaintRole role, string pathData) => Add(Parse(pathData), role);

    public MotifBuilder Line(PaintRole role, float width, string pathData) => Add(Parse(pathData), role, width);

    public MotifBuilder Circle(PaintRole role, float cx, float cy, float r) => Add(CirclePath(cx, cy, r), role);

    public MotifBuilder Oval(PaintRole role, float left, float top, float right, float bottom, float rotation = 0)
    {
        using var builder = new SKPathBuilder();
        builder.AddOval(new SKRect(left, top, right, bottom));
        var path = builder.Detach();
        if (rotation != 0) path.Transform(SKMatrix.CreateRotationDegrees(rotation, (left + right) / 2, (top + bottom) / 2));
        return Add(path, role);
    }

    public MotifBuilder Rect(PaintRole role, float left, float top, float right, float bottom, float radius = 0)
    {
        return Add(RectPath(left, top, right, bottom, radius), role);
    }

    /// <summary>A closed polygon from x,y pairs.</summary>
    public MotifBuilder Poly(PaintRole role, params float[] xy) => Add(PolyPath(xy), role);

    public MotifBuilder Star(PaintRole role, float cx, float cy, float outer, float inner, int points = 5, float rotation = -90)
    {
        var xy = new float[points * 4];
        for (var i = 0; i < points * 2; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var a = (rotation + i * 180f / points) * MathF.PI / 180f;
            xy[i * 2] = cx + r * MathF.Cos(a);
            xy[i * 2 + 1] = cy + r * MathF.Sin(a);
        }
        return Poly(role, xy);
    }

    /// <summary><paramref name="count"/> copies of a shape rotated evenly around a centre (petals, rays).</summary>
    public MotifBuilder Radial(PaintRole role, int count, float cx, float cy, Func<SKPath> shape)
    {
        using var all = new SKPathBuilder();
        for (var i = 0; i < count; i++)
        {
            using var one = shape();
            var rotation = SKMatrix.CreateRotationDegrees(360f * i / count, cx, cy);
            all.AddPath(one, in rotation);
        }
        return Add(all.Detach(), role);
    }

    /// <summary>Several shapes merged into one outline (so cartoon outlines do not cross inside it).</summary>
    public MotifBuilder Union(PaintRole role, params SKPath[] parts)
    {
        var result = new SKPath();
        foreach (var part in parts)
        {
            using (part)
            {
                using var merged = result.Op(part, SKPathOp.Union) ?? new SKPath(result);
                result.Dispose();
                result = new SKPath(merged);
            }
        }
        return Add(result, role);
    }

    /// <summary><paramref name="shape"/> with <paramref name="hole"/> cut out (rings, crescents).</summary>
    public MotifBuilder Cut(PaintRole role, SKPath shape, SKPath hole)
    {
        using (shape)
        using (hole)
        {
            return Add(shape.Op(hole, SKPathOp.Difference) ?? new SKPath(shape), role);
        }
    }

    public static SKPath CirclePath(float cx, float cy, float r)
    {
        using var builder = new SKPathBuilder();
        builder.AddCircle(cx, cy, r);
        return builder.Detach();
    }

    public static SKPath RectPath(float left, float top, float right, float bottom, float radius = 0)
    {
        using var builder = new SKPathBuilder();
        builder.AddRoundRect(new SKRect(left, top, right, bottom), radius, radius);
        return builder.Detach();
    }

    public static SKPath PolyPath(params float[] xy)
    {
        var points = new SKPoint[xy.Length / 2];
        for (var i = 0; i < points.Length; i++) points[i] = new SKPoint(xy[i * 2], xy[i * 2 + 1]);
        using var builder = new SKPathBuilder();
        builder.AddPoly(points, close: true);
        return builder.Detach();
    }

    public static SKPath Parse(string pathData) =>
        SKPath.ParseSvgPathData(pathData) ?? throw new InvalidOperationException($"Bad motif path data: {pathData}");

    private MotifBuilder Add(SKPath path, PaintRole role, float stroke = 0)
    {
        _layers.Add(new MotifLayer(path, role, stroke));
        return this;
    }
}
