using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Origami;

internal enum CreaseKind
{
    Edge,
    Valley,
    Mountain,
}

/// <summary>A crease from <see cref="A"/> to <see cref="B"/> in unit-square coordinates (0..1, y down).</summary>
internal readonly record struct Crease(SKPoint A, SKPoint B, CreaseKind Kind);

/// <summary>A model's crease pattern (as seen from the decorated side) and its folding steps.</summary>
internal sealed record OrigamiModel(string Key, string Title, IReadOnlyList<Crease> Creases, IReadOnlyList<string> Steps)
{
    public static readonly string[] Keys = ["crane", "masu", "fortune-teller"];

    public static OrigamiModel Get(string key) => key switch
    {
        "crane" => Crane(),
        "masu" => Masu(),
        "fortune-teller" => FortuneTeller(),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown origami model"),
    };

    private static Crease C(float x1, float y1, float x2, float y2, CreaseKind k) => new(new SKPoint(x1, y1), new SKPoint(x2, y2), k);

    private static IEnumerable<Crease> Edges() =>
    [
        C(0, 0, 1, 0, CreaseKind.Edge), C(1, 0, 1, 1, CreaseKind.Edge), C(1, 1, 0, 1, CreaseKind.Edge), C(0, 1, 0, 0, CreaseKind.Edge),
    ];

    private static IEnumerable<Crease> Diagonals(CreaseKind k) => [C(0, 0, 1, 1, k), C(1, 0, 0, 1, k)];

    private static IEnumerable<Crease> Midlines(CreaseKind k) => [C(0.5f, 0, 0.5f, 1, k), C(0, 0.5f, 1, 0.5f, k)];

    private static IEnumerable<Crease> Blintz(CreaseKind k) =>
        [C(0.5f, 0, 1, 0.5f, k), C(1, 0.5f, 0.5f, 1, k), C(0.5f, 1, 0, 0.5f, k), C(0, 0.5f, 0.5f, 0, k)];

    private static OrigamiModel Crane()
    {
        // bird base: square base (diagonals valley, midlines mountain) plus the 22.5° petal-fold creases
        const float d = 0.2071f; // 0.5 * tan(22.5°): where the kite folds meet the other diagonal
        var creases = Edges().Concat(Midlines(CreaseKind.Mountain)).Concat(
        [
            C(0, 0, 1, 1, CreaseKind.Valley),
            C(1, 0, 0.5f + d, 0.5f - d, CreaseKind.Valley), C(0.5f - d, 0.5f + d, 0, 1, CreaseKind.Valley),
            C(0, 0, 0.5f + d, 0.5f - d, CreaseKind.Valley), C(0, 0, 0.5f - d, 0.5f + d, CreaseKind.Valley),
            C(1, 1, 0.5f + d, 0.5f - d, CreaseKind.Valley), C(1, 1, 0.5f - d, 0.5f + d, CreaseKind.Valley),
            C(0.5f - d, 0.5f + d, 0.5f + d, 0.5f - d, CreaseKind.Mountain),
        ]).ToArray();
        return new OrigamiModel("crane", "Paper crane", creases,
        [
            "Decorated side up: valley-fold both diagonals, unfold.",
            "Turn over: valley-fold in half both ways (these show as mountains from the front), unfold.",
            "Collapse along the creases into a square base, open end towards you.",
            "Fold the lower edges of the top layer to the centre line (kite), fold the top triangle down, unfold all three.",
            "Petal fold: lift the bottom point of the top layer up along the creases, flatten. Turn over and repeat: bird base.",
            "Narrow both legs: fold the lower edges to the centre line, front and back.",
            "Inside-reverse-fold the legs up to make the neck and the tail; reverse-fold the head.",
            "Pull the wings down gently and puff out the body.",
        ]);
    }

    private static OrigamiModel Masu()
    {
        var creases = Edges().Concat(Diagonals(CreaseKind.Valley)).Concat(Blintz(CreaseKind.Valley)).Concat(
        [
            C(0.25f, 0, 0.25f, 1, CreaseKind.Mountain), C(0.75f, 0, 0.75f, 1, CreaseKind.Mountain),
            C(0, 0.25f, 1, 0.25f, CreaseKind.Mountain), C(0, 0.75f, 1, 0.75f, CreaseKind.Mountain),
        ]).ToArray();
        return new OrigamiModel("masu", "Masu box", creases,
        [
            "Decorated side down: valley-fold both diagonals, unfold.",
            "Fold all four corners to the centre (blintz).",
            "Fold the top and bottom edges to the centre line, unfold.",
            "Fold the left and right edges to the centre line, unfold.",
            "Open the left and right flaps out.",
            "Raise the top and bottom walls along the creases; push the corners in so they fold inward.",
            "Fold the end flaps over the walls into the box. Repeat on the other end.",
        ]);
    }

    private static OrigamiModel FortuneTeller()
    {
        var creases = Edges().Concat(Diagonals(CreaseKind.Valley)).Concat(Midlines(CreaseKind.Mountain)).Concat(Blintz(CreaseKind.Valley)).Concat(
        [
            C(0.25f, 0.25f, 0.75f, 0.25f, CreaseKind.Mountain), C(0.75f, 0.25f, 0.75f, 0.75f, CreaseKind.Mountain),
            C(0.75f, 0.75f, 0.25f, 0.75f, CreaseKind.Mountain), C(0.25f, 0.75f, 0.25f, 0.25f, CreaseKind.Mountain),
        ]).ToArray();
        return new OrigamiModel("fortune-teller", "Fortune teller", creases,
        [
            "Decorated side down: valley-fold both diagonals, unfold.",
            "Fold all four corners to the centre.",
            "Turn over and fold the four new corners to the centre again.",
            "Write numbers on the small triangles and fortunes underneath them.",
            "Fold in half both ways, then slide your thumbs and index fingers under the four square flaps.",
            "Push the points together: open and close the fortune teller to play.",
        ]);
    }
}
