using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Cards;

/// <summary>
/// The traditional pip arrangements of ranks 2..10 as fractions of the trim size (x: 0.3/0.5/0.7 columns;
/// y: rows between 0.2 and 0.8). Pips below the middle are drawn upside down, as on real cards.
/// </summary>
internal static class PipLayout
{
    private const float L = 0.3f, M = 0.5f, R = 0.7f;
    private const float Top = 0.2f, Bottom = 0.8f;

    /// <summary>The pip area: everything a pip may cover (the corner indices stay outside it).</summary>
    public static readonly SKRect Area = new(0.19f, 0.1f, 0.81f, 0.9f);

    public static IReadOnlyList<SKPoint> For(int rank)
    {
        var four = Rows(4);
        var three = Rows(3);
        return rank switch
        {
            2 => [P(M, Top), P(M, Bottom)],
            3 => [P(M, Top), P(M, 0.5f), P(M, Bottom)],
            4 => [P(L, Top), P(R, Top), P(L, Bottom), P(R, Bottom)],
            5 => [P(L, Top), P(R, Top), P(M, 0.5f), P(L, Bottom), P(R, Bottom)],
            6 => [.. Column(L, three), .. Column(R, three)],
            7 => [.. Column(L, three), .. Column(R, three), P(M, 0.35f)],
            8 => [.. Column(L, three), .. Column(R, three), P(M, 0.35f), P(M, 0.65f)],
            9 => [.. Column(L, four), .. Column(R, four), P(M, 0.5f)],
            10 => [.. Column(L, four), .. Column(R, four), P(M, 0.3f), P(M, 0.7f)],
            _ => throw new ArgumentOutOfRangeException(nameof(rank), rank, "pips exist for ranks 2..10"),
        };
    }

    private static SKPoint P(float x, float y) => new(x, y);

    private static float[] Rows(int n) => Enumerable.Range(0, n).Select(i => Top + i * (Bottom - Top) / (n - 1)).ToArray();

    private static IEnumerable<SKPoint> Column(float x, float[] rows) => rows.Select(y => P(x, y));
}
