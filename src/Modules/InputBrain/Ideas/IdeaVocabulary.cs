using System.Globalization;
using System.Text;

namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>
/// The words other modules understand. Styles mirror the Image module's skia <c>StyleCatalog</c> (keys and aliases);
/// moods mirror the Audio module's composer <c>Mood.All</c>. Modules do not reference each other, so a change there
/// must be copied here (the tests pin both lists).
/// </summary>
public static class IdeaVocabulary
{
    public static readonly IReadOnlyList<string> VisualStyles =
        ["modern", "cute", "minimal", "retro", "90s", "vaporwave", "pastel", "bold", "elegant", "nature", "kids", "neon"];

    public static readonly IReadOnlyList<string> MusicMoods = ["happy", "sad", "dark", "calm", "energetic", "epic", "romantic"];

    private static readonly Dictionary<string, string> StyleWords = new(StringComparer.OrdinalIgnoreCase)
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

    private static readonly Dictionary<string, string> MoodWords = Words(new()
    {
        ["happy"] = ["joyful", "cheerful", "uplifting", "bright", "sunny", "fun", "playful", "positive", "สนุก", "สดใส", "ร่าเริง"],
        ["sad"] = ["melancholic", "melancholy", "sorrowful", "heartbroken", "lonely", "nostalgic", "somber", "sombre", "เศร้า", "เหงา"],
        ["dark"] = ["ominous", "sinister", "tense", "mysterious", "gloomy", "brooding", "moody", "ลึกลับ", "น่ากลัว"],
        ["calm"] = ["relaxed", "relaxing", "chill", "peaceful", "mellow", "dreamy", "soft", "gentle", "serene", "slow", "ผ่อนคลาย", "ชิล", "สงบ"],
        ["energetic"] = ["upbeat", "driving", "intense", "aggressive", "powerful", "fast", "hype", "party", "exciting", "มันส์", "ตื่นเต้น"],
        ["epic"] = ["heroic", "triumphant", "majestic", "grand", "ยิ่งใหญ่", "อลังการ"],
        ["romantic"] = ["love", "tender", "warm", "โรแมนติก", "อบอุ่น"],
    });

    /// <summary>The style key <paramref name="text"/> names: a key, an alias, any word of it that is one, or a near miss.</summary>
    public static string? NearestStyle(string? text) => Nearest(text, VisualStyles, StyleWords);

    /// <summary>The mood <paramref name="text"/> names: a mood, one of its words, any word of it that is one, or a near miss.</summary>
    public static string? NearestMood(string? text) => Nearest(text, MusicMoods, MoodWords);

    /// <summary>The style a single word names exactly (key or alias), without guessing at typos.</summary>
    public static string? StyleNamedBy(string word) => VisualStyles.Contains(word) ? word : StyleWords.GetValueOrDefault(word);

    /// <summary>The mood a single word names exactly (mood or one of its words), without guessing at typos.</summary>
    public static string? MoodNamedBy(string word) => MusicMoods.Contains(word) ? word : MoodWords.GetValueOrDefault(word);

    /// <summary>Words that name a deliverable or a place to post ("poster", "thumbnail", "tiktok"), not a topic.</summary>
    public static bool IsFormatWord(string word) => FormatWords.Contains(word);

    /// <summary>Style or mood words ("cute", "chill"): how, not what.</summary>
    public static bool IsDecorative(string word) => StyleNamedBy(word) is not null || MoodNamedBy(word) is not null;

    private static readonly HashSet<string> FormatWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "poster", "posters", "banner", "thumbnail", "flyer", "logo", "cover", "card", "cards", "sticker", "carousel", "vlog",
        "tiktok", "youtube", "instagram", "facebook", "style", "styled", "version", "versions", "series", "track", "beat",
    };

    /// <summary>"#streetfood" from "street food" / "#Street-Food!"; null when nothing usable is left.</summary>
    public static string? Hashtag(string text)
    {
        var builder = new StringBuilder("#");
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Thai vowels and tone marks are non-spacing marks: part of the word, not punctuation.
            if (char.IsLetterOrDigit(c) || c == '_' || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.Length > 1 && builder.Length <= 40 ? builder.ToString() : null;
    }

    private static string? Nearest(string? text, IReadOnlyList<string> keys, Dictionary<string, string> words)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var whole = text.Trim().ToLowerInvariant();
        if (Lookup(whole) is { } direct) return direct;
        var tokens = whole.Split([' ', ',', '/', '-', '_', '.', ';'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            if (Lookup(token) is { } found) return found;
        }
        // A typo such as "retr0" or "energtic": nearest key or word within two edits.
        var candidates = keys.Select(k => (Word: k, Key: k)).Concat(words.Select(w => (Word: w.Key, Key: w.Value)));
        var best = candidates.Select(c => (c.Key, Distance: tokens.Min(t => Edits(t, c.Word)))).OrderBy(c => c.Distance).First();
        return best.Distance <= 2 ? best.Key : null;

        string? Lookup(string word) => keys.Contains(word) ? word : words.GetValueOrDefault(word);
    }

    private static Dictionary<string, string> Words(Dictionary<string, string[]> byKey) =>
        byKey.SelectMany(p => p.Value.Select(w => (w, p.Key))).ToDictionary(x => x.w, x => x.Key, StringComparer.OrdinalIgnoreCase);

    private static int Edits(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
