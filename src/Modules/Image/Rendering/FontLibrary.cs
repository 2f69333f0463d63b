using System.Collections.Concurrent;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Rendering;

/// <summary>Font roles the renderers ask for; each maps to installed Debian font files.</summary>
public enum FontRole
{
    Sans,
    SansBold,
    Serif,
    SerifBold,
    Mono,
    /// <summary>Rounded, friendly display face (cute styles).</summary>
    Rounded,
    /// <summary>Handwritten look (retro/90s captions).</summary>
    Hand,
}

/// <summary>
/// Typefaces loaded from font files the set-up installs (Debian <c>fonts-dejavu-core</c> for Latin and symbols,
/// <c>fonts-thai-tlwg</c> for Thai). SkiaSharp's no-dependencies build has no fontconfig, so nothing is looked up by
/// family name. Text containing Thai gets a TLWG face (they carry Latin glyphs too). Thread-safe; typefaces are shared.
/// </summary>
public static class FontLibrary
{
    private static readonly string[] FontRoots = ["/usr/share/fonts/truetype", "/usr/share/fonts/opentype", "/usr/local/share/fonts"];

    private static readonly Dictionary<FontRole, string[]> LatinFiles = new()
    {
        [FontRole.Sans] = ["dejavu/DejaVuSans.ttf"],
        [FontRole.SansBold] = ["dejavu/DejaVuSans-Bold.ttf"],
        [FontRole.Serif] = ["dejavu/DejaVuSerif.ttf"],
        [FontRole.SerifBold] = ["dejavu/DejaVuSerif-Bold.ttf"],
        [FontRole.Mono] = ["dejavu/DejaVuSansMono.ttf"],
        [FontRole.Rounded] = ["tlwg/Umpush-Bold.ttf", "dejavu/DejaVuSans-Bold.ttf"],
        [FontRole.Hand] = ["tlwg/Purisa-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"],
    };

    private static readonly Dictionary<FontRole, string[]> ThaiFiles = new()
    {
        [FontRole.Sans] = ["tlwg/Loma.ttf", "tlwg/Garuda.ttf"],
        [FontRole.SansBold] = ["tlwg/Loma-Bold.ttf", "tlwg/Garuda-Bold.ttf"],
        [FontRole.Serif] = ["tlwg/Norasi.ttf", "tlwg/Kinnari.ttf"],
        [FontRole.SerifBold] = ["tlwg/Norasi-Bold.ttf", "tlwg/Kinnari-Bold.ttf"],
        [FontRole.Mono] = ["tlwg/TlwgMono.ttf"],
        [FontRole.Rounded] = ["tlwg/Umpush-Bold.ttf", "tlwg/Waree-Bold.ttf"],
        [FontRole.Hand] = ["tlwg/Purisa-Bold.ttf", "tlwg/Purisa.ttf"],
    };

    private static readonly ConcurrentDictionary<string, SKTypeface> Loaded = new();

    /// <summary>The typeface for <paramref name="role"/>, Thai-capable when <paramref name="text"/> contains Thai.</summary>
    public static SKTypeface Get(FontRole role, string? text = null) =>
        ContainsThai(text) ? Load(ThaiFiles[role], "fonts-thai-tlwg") : Load(LatinFiles[role], "fonts-dejavu-core");

    /// <summary>A Thai-capable typeface regardless of the text.</summary>
    public static SKTypeface Thai(FontRole role = FontRole.Sans) => Load(ThaiFiles[role], "fonts-thai-tlwg");

    public static bool ContainsThai(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var c in text)
        {
            if (c is >= '\u0E00' and <= '\u0E7F') return true;
        }
        return false;
    }

    private static SKTypeface Load(string[] candidates, string package)
    {
        foreach (var relative in candidates)
        {
            foreach (var root in FontRoots)
            {
                var path = Path.Combine(root, relative);
                if (Loaded.TryGetValue(path, out var cached)) return cached;
                if (!File.Exists(path)) continue;
                var typeface = SKTypeface.FromFile(path);
                if (typeface is null) continue;
                return Loaded.GetOrAdd(path, typeface);
            }
        }
        throw new ImageProviderException(ImageProviderErrorCodes.NotConfigured,
            $"No font file found for {string.Join(" / ", candidates)} under {string.Join(", ", FontRoots)}; install the Debian package {package} (scripts/test.sh and scripts/run.sh do).");
    }
}
