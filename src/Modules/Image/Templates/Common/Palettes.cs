using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Common;

/// <summary>Named colour schemes chosen from a prompt's words or the seed.</summary>
internal static class Palettes
{
    private static readonly Dictionary<string, string[]> Named = new()
    {
        ["pastel"] = ["#F8B5C0", "#B5D8F8", "#C8F0C0", "#FFF1A8", "#D9C2F0", "#FFFDF8"],
        ["ocean"] = ["#0B3954", "#087E8B", "#BFD7EA", "#FF5A5F", "#C81D25", "#F4FAFF"],
        ["forest"] = ["#2D6A4F", "#40916C", "#95D5B2", "#D8F3DC", "#B7791F", "#F6FFF8"],
        ["sunset"] = ["#F94144", "#F3722C", "#F8961E", "#F9C74F", "#577590", "#FFF8F0"],
        ["retro"] = ["#00B3B3", "#FF3CAC", "#784BA0", "#FFD93D", "#2B86C5", "#FFF5E1"],
        ["mono"] = ["#222222", "#555555", "#888888", "#BBBBBB", "#333333", "#F5F5F5"],
        ["candy"] = ["#FF6F91", "#FF9671", "#FFC75F", "#F9F871", "#845EC2", "#FFF7FB"],
        ["earth"] = ["#6B4226", "#A0522D", "#D2B48C", "#8F9779", "#C19A6B", "#FAF3E8"],
    };

    private static readonly (string Word, string Palette)[] Keywords =
    [
        ("sea", "ocean"), ("ocean", "ocean"), ("water", "ocean"), ("fish", "ocean"), ("blue", "ocean"), ("ทะเล", "ocean"),
        ("forest", "forest"), ("leaf", "forest"), ("green", "forest"), ("tree", "forest"), ("ป่า", "forest"),
        ("sunset", "sunset"), ("fire", "sunset"), ("orange", "sunset"), ("autumn", "sunset"),
        ("retro", "retro"), ("90s", "retro"), ("neon", "retro"), ("vapor", "retro"),
        ("black", "mono"), ("mono", "mono"), ("minimal", "mono"),
        ("candy", "candy"), ("sweet", "candy"), ("cute", "candy"), ("pink", "candy"),
        ("earth", "earth"), ("wood", "earth"), ("boho", "earth"), ("pastel", "pastel"), ("baby", "pastel"),
    ];

    /// <summary>Five accent colours then a background colour.</summary>
    public static SKColor[] From(string? prompt, SeededRandom rng)
    {
        var lower = (prompt ?? "").ToLowerInvariant();
        var name = Keywords.FirstOrDefault(k => lower.Contains(k.Word)).Palette
                   ?? Named.Keys.ElementAt(rng.Next(Named.Count));
        return Named[name].Select(SKColor.Parse).ToArray();
    }

    public static string? NameIn(string? text) =>
        Named.Keys.FirstOrDefault(n => (text ?? "").Contains(n, StringComparison.OrdinalIgnoreCase));

    public static SKColor[] Get(string name) => Named[name].Select(SKColor.Parse).ToArray();
}
