namespace MediaCreator.Modules.Video.Generation.Planning;

/// <summary>Camera moves, transitions and shot wording chosen from the style and a stable hash of the text.</summary>
internal static class SceneLook
{
    private static readonly MotionKind[] Moves = [MotionKind.ZoomIn, MotionKind.PanRight, MotionKind.ZoomOut, MotionKind.PanLeft, MotionKind.PanUp, MotionKind.PanDown];
    private static readonly string[] Shots = ["wide establishing shot", "close-up", "medium shot", "detail shot", "low-angle shot", "aerial view"];
    private static readonly string[] LivelyTransitions = ["slideleft", "wipeleft", "circleopen", "slideup"];

    public static bool Lively(string? style) => Has(style, "energetic", "dynamic", "fast", "action", "hype", "tiktok", "upbeat");

    public static bool Calm(string? style) => Has(style, "calm", "slow", "gentle", "relax", "documentary", "minimal");

    public static SceneMotion Motion(int index, uint seed, string? style)
    {
        var amount = Lively(style) ? 0.22 : Calm(style) ? 0.08 : 0.14;
        return new SceneMotion(Moves[(int)((seed + (uint)index) % (uint)Moves.Length)], amount);
    }

    public static (string Name, double Seconds) Transition(int index, uint seed, string? style)
    {
        if (index == 0) return ("none", 0);
        if (Lively(style)) return (LivelyTransitions[(int)((seed + (uint)index) % (uint)LivelyTransitions.Length)], 0.3);
        if (Has(style, "cinematic", "film", "dramatic")) return ("fadeblack", 0.7);
        return ("fade", Calm(style) ? 0.8 : 0.5);
    }

    public static string Shot(int index, uint seed) => Shots[(int)((seed + (uint)index * 2) % (uint)Shots.Length)];

    /// <summary>FNV-1a: the same text always gives the same looks (string.GetHashCode is randomized per process).</summary>
    public static uint Hash(string text)
    {
        var h = 2166136261u;
        foreach (var c in text) h = (h ^ c) * 16777619u;
        return h;
    }

    private static bool Has(string? style, params string[] words) =>
        style is not null && words.Any(w => style.Contains(w, StringComparison.OrdinalIgnoreCase));
}
