using MediaCreator.Modules.Image.Rendering;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>The built-in styles and the words that select them.</summary>
internal static class StyleCatalog
{
    private static readonly DesignLayout[] AllLayouts = Enum.GetValues<DesignLayout>();

    public static readonly DesignStyle Default = new("modern", [
            DesignPalette.FromHex("#F4F1EA", "#E6DFD1", "#2E5EAA", "#F29E4C", "#E4572E", "#1B1B1E", "#FFFFFF"),
            DesignPalette.FromHex("#FFFFFF", "#EEF2F6", "#3D5A80", "#98C1D9", "#EE6C4D", "#293241", "#FFFFFF"),
            DesignPalette.FromHex("#FAF3E0", "#F0E2C0", "#1D7874", "#F4C095", "#EE2E31", "#071E22", "#FFFFFF"),
        ], FontRole.SansBold, DesignDecor.Blobs, AllLayouts, Outline: false, Uppercase: false, Gradient: false);

    private static readonly DesignStyle[] Styles =
    [
        Default,
        new("cute", [
            DesignPalette.FromHex("#FFF0F3", "#FFD6E0", "#FF8FAB", "#FFC8A2", "#8ED1C6", "#4A3040", "#FFFFFF"),
            DesignPalette.FromHex("#FFF8E7", "#FFE5B4", "#FF9AA2", "#B5EAD7", "#FFDAC1", "#3D2C3A", "#FFFFFF"),
        ], FontRole.Rounded, DesignDecor.Dots, [DesignLayout.Hero, DesignLayout.Badge, DesignLayout.Grid], true, false, false),
        new("minimal", [
            DesignPalette.FromHex("#FFFFFF", "#F2F2F2", "#111111", "#9A9A9A", "#E63946", "#111111", "#FFFFFF"),
            DesignPalette.FromHex("#F7F7F2", "#EBEBE4", "#2B2D42", "#8D99AE", "#D90429", "#2B2D42", "#FFFFFF"),
        ], FontRole.Sans, DesignDecor.None, [DesignLayout.Hero, DesignLayout.Split, DesignLayout.Band], false, true, false),
        new("retro", [
            DesignPalette.FromHex("#F3E3C3", "#E9C891", "#D9572B", "#E8A33D", "#1E7A78", "#3B2418", "#FFF6E5"),
            DesignPalette.FromHex("#EFD9B4", "#D6A75C", "#B5421A", "#2F6F62", "#E3B23C", "#2E1D12", "#FBF1DE"),
        ], FontRole.SerifBold, DesignDecor.Sunburst, [DesignLayout.Band, DesignLayout.Hero, DesignLayout.Badge], true, true, false),
        new("90s", [
            DesignPalette.FromHex("#FDF6E3", "#1ABC9C", "#FF2E88", "#FFD500", "#6C2BD9", "#111111", "#FFFFFF"),
            DesignPalette.FromHex("#F9F9F9", "#00C2D1", "#F72585", "#FCE300", "#3A0CA3", "#0B0B0B", "#FFFFFF"),
        ], FontRole.Hand, DesignDecor.Memphis, [DesignLayout.Grid, DesignLayout.Band, DesignLayout.Split], true, true, false),
        new("vaporwave", [
            DesignPalette.FromHex("#2D1B4E", "#FF71CE", "#01CDFE", "#FF71CE", "#FFFB96", "#1A0B2E", "#F6EAFF"),
            DesignPalette.FromHex("#241734", "#B967FF", "#05FFA1", "#FF6AD5", "#FFFB96", "#120A1F", "#FBEFFF"),
        ], FontRole.SansBold, DesignDecor.HorizonGrid, [DesignLayout.Hero, DesignLayout.Band], false, true, true),
        new("pastel", [
            DesignPalette.FromHex("#F6F1FB", "#E8DFF5", "#C3B1E1", "#BDE0FE", "#FFD6E0", "#5E548E", "#FFFFFF"),
            DesignPalette.FromHex("#F1FAF6", "#DDF3EA", "#A8DADC", "#F8C8DC", "#FDE2B6", "#4F5D75", "#FFFFFF"),
        ], FontRole.Rounded, DesignDecor.Dots, [DesignLayout.Hero, DesignLayout.Grid, DesignLayout.Badge], false, false, false),
        new("bold", [
            DesignPalette.FromHex("#FFE600", "#FFD000", "#E10600", "#111111", "#0057FF", "#111111", "#FFFFFF"),
            DesignPalette.FromHex("#111111", "#222222", "#FF3B30", "#FFCC00", "#FFFFFF", "#000000", "#FFFFFF"),
        ], FontRole.SansBold, DesignDecor.Stripes, [DesignLayout.Split, DesignLayout.Band, DesignLayout.Hero], true, true, false),
        new("elegant", [
            DesignPalette.FromHex("#14213D", "#1D2D50", "#C9A227", "#E5D3A1", "#FFFFFF", "#0B1426", "#F8F1E1"),
            DesignPalette.FromHex("#F8F4EC", "#EFE7D8", "#1F1F1F", "#B08D57", "#7A5C3E", "#1F1F1F", "#FFFFFF"),
        ], FontRole.Serif, DesignDecor.Frame, [DesignLayout.Hero, DesignLayout.Band], false, true, false),
        new("nature", [
            DesignPalette.FromHex("#EEF5DB", "#D4E4BC", "#4F772D", "#90A955", "#E9A23B", "#1E2D14", "#FFFFFF"),
            DesignPalette.FromHex("#E8F1F2", "#CFE3D6", "#2D6A4F", "#74C69D", "#B5651D", "#1B4332", "#FFFFFF"),
        ], FontRole.SerifBold, DesignDecor.Leaves, [DesignLayout.Hero, DesignLayout.Band, DesignLayout.Grid], false, false, true),
        new("kids", [
            DesignPalette.FromHex("#FFFBEA", "#FFEFB0", "#FF595E", "#1982C4", "#FFCA3A", "#22223B", "#FFFFFF"),
            DesignPalette.FromHex("#F0F8FF", "#D6ECFF", "#8AC926", "#FF924C", "#6A4C93", "#1D1D35", "#FFFFFF"),
        ], FontRole.Rounded, DesignDecor.Confetti, [DesignLayout.Grid, DesignLayout.Badge, DesignLayout.Hero], true, false, false),
        new("neon", [
            DesignPalette.FromHex("#0B0C1A", "#151833", "#39FF14", "#FF00E6", "#00F0FF", "#05050C", "#F5F5FF"),
        ], FontRole.SansBold, DesignDecor.HorizonGrid, [DesignLayout.Hero, DesignLayout.Band, DesignLayout.Badge], false, true, true),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kawaii"] = "cute", ["chibi"] = "cute", ["adorable"] = "cute", ["น่ารัก"] = "cute",
        ["minimalist"] = "minimal", ["clean"] = "minimal", ["simple"] = "minimal", ["มินิมอล"] = "minimal",
        ["vintage"] = "retro", ["70s"] = "retro", ["1970s"] = "retro", ["old-school"] = "retro", ["เรโทร"] = "retro",
        ["1990s"] = "90s", ["nineties"] = "90s", ["y2k"] = "90s", ["memphis"] = "90s", ["ยุค90"] = "90s",
        ["synthwave"] = "vaporwave", ["outrun"] = "vaporwave", ["aesthetic"] = "vaporwave",
        ["soft"] = "pastel", ["พาสเทล"] = "pastel",
        ["pop"] = "bold", ["loud"] = "bold", ["brutalist"] = "bold",
        ["luxury"] = "elegant", ["classy"] = "elegant", ["wedding"] = "elegant", ["gold"] = "elegant", ["หรูหรา"] = "elegant",
        ["botanical"] = "nature", ["organic"] = "nature", ["forest"] = "nature", ["eco"] = "nature", ["ธรรมชาติ"] = "nature",
        ["children"] = "kids", ["playful"] = "kids", ["toddler"] = "kids", ["เด็ก"] = "kids",
        ["cyberpunk"] = "neon", ["glow"] = "neon",
    };

    /// <summary>
    /// The style named by <paramref name="style"/>; when that is empty or unknown, the first style word in the prompt;
    /// else <see cref="Default"/>.
    /// </summary>
    public static DesignStyle Resolve(string? style, IReadOnlyList<string> promptWords)
    {
        if (Find(style) is { } named) return named;
        foreach (var word in promptWords)
        {
            if (Find(word) is { } fromPrompt) return fromPrompt;
        }
        return Default;
    }

    public static IReadOnlyList<string> Keys => Styles.Select(s => s.Key).ToArray();

    private static DesignStyle? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = name.Trim().ToLowerInvariant();
        if (Aliases.TryGetValue(key, out var alias)) key = alias;
        return Styles.FirstOrDefault(s => s.Key == key);
    }
}
