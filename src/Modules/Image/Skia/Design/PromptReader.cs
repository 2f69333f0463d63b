using System.Globalization;
using System.Text.RegularExpressions;
using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>What the design engine takes from a prompt: its words, a title, and whether it asks for a photo.</summary>
internal static partial class PromptReader
{
    public static readonly IReadOnlyList<string> PhotoProviders = ["openai-images", "flux", "sd-webui"];

    private static readonly HashSet<string> LeadIns = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "poster", "design", "of", "for", "with", "illustration", "image", "picture", "graphic",
        "logo", "banner", "card", "cover", "make", "create", "draw", "me", "please", "style", "styled", "in", "and",
        "cute", "minimal", "retro", "vintage", "90s", "vaporwave", "pastel", "bold", "elegant", "kids", "neon", "flat",
        "vector", "simple", "modern",
    };

    public static bool IsFiller(string word) => LeadIns.Contains(word);

    private static readonly HashSet<string> TrailingFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "for", "with", "in", "on", "at", "to", "by", "from", "my", "your",
    };

    /// <summary>Lower-case words (Latin runs split on non-letters; Thai runs kept whole since Thai has no spaces).</summary>
    public static IReadOnlyList<string> Words(string prompt) =>
        WordRegex().Matches(prompt.ToLowerInvariant()).Select(m => m.Value).ToArray();

    /// <summary>
    /// The design's title: the first quoted part of the prompt ("…", “…”, «…», 「…」), else the first few
    /// meaningful words in title case (at most 4 words / 28 characters).
    /// </summary>
    public static string Title(string prompt)
    {
        var quoted = QuotedRegex().Match(prompt);
        if (quoted.Success)
        {
            var inner = quoted.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value.Trim();
            if (inner.Length > 0) return inner;
        }
        var words = prompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '!', '?', ';', ':', '(', ')'))
            .Where(w => w.Length > 0)
            .ToList();
        while (words.Count > 1 && LeadIns.Contains(words[0])) words.RemoveAt(0);
        var picked = new List<string>();
        foreach (var word in words)
        {
            if (picked.Count == 4 || string.Join(' ', picked.Append(word)).Length > 28) break;
            picked.Add(word);
        }
        while (picked.Count > 1 && TrailingFillers.Contains(picked[^1])) picked.RemoveAt(picked.Count - 1);
        if (picked.Count == 0) picked.Add(words.Count > 0 ? words[0][..Math.Min(28, words[0].Length)] : prompt.Trim());
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Join(' ', picked));
    }

    /// <summary>Refuses prompts that ask for a photograph or a face swap: the design engine draws flat vector art.</summary>
    public static void RefuseUnsupported(string prompt)
    {
        var face = FaceSwapRegex().Match(prompt);
        if (face.Success)
        {
            throw new ImageProviderException(ImageProviderErrorCodes.Unsupported,
                $"The skia design engine cannot do a face swap (\"{face.Value}\"); use an AI provider.",
                alternatives: PhotoProviders);
        }
        var photo = PhotoRegex().Match(prompt);
        if (photo.Success)
        {
            throw new ImageProviderException(ImageProviderErrorCodes.Unsupported,
                $"The skia design engine draws flat vector designs, not photoreal images (\"{photo.Value}\"); use an AI provider.",
                alternatives: PhotoProviders);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex WordRegex();

    [GeneratedRegex("\"([^\"]+)\"|“([^”]+)”|«([^»]+)»|「([^」]+)」|(?<!\\w)'([^']{2,})'(?!\\w)")]
    private static partial Regex QuotedRegex();

    [GeneratedRegex(@"\b(face[\s-]?swap\w*|swap\s+(?:the\s+|my\s+|his\s+|her\s+)?faces?)\b|สลับหน้า", RegexOptions.IgnoreCase)]
    private static partial Regex FaceSwapRegex();

    [GeneratedRegex(
        @"\b(photo(?:graph)?s?|photo[\s-]?real(?:istic|ism)?|photographic|hyper[\s-]?realistic|ultra[\s-]?realistic|realistic\s+(?:portrait|photo|face|person|skin)|selfies?|dslr|[48]k\s+(?:photo|uhd|resolution)|raw\s+photo|bokeh|35\s?mm|studio\s+lighting|shot\s+on\s+\w+|lifelike|real[\s-]?life\s+photo)\b|ภาพถ่าย|รูปถ่าย|เหมือนจริง|เซลฟี่",
        RegexOptions.IgnoreCase)]
    private static partial Regex PhotoRegex();
}
