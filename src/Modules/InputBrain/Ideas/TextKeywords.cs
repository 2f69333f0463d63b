using System.Globalization;

namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>
/// Content words of short texts (prompts, titles, tags) in English and Thai. Thai is written without spaces between
/// words, so a Thai run between spaces or punctuation is kept whole as one phrase, minus leading request words.
/// </summary>
public static class TextKeywords
{
    private static readonly HashSet<string> EnglishStop = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "about", "from", "by", "into", "over",
        "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "my", "our", "your", "their",
        "me", "we", "you", "they", "i", "he", "she", "his", "her", "them", "us", "as", "so", "if", "then", "than", "too", "very",
        "make", "create", "generate", "want", "need", "please", "some", "any", "can", "could", "would", "should", "will", "just",
        "video", "videos", "clip", "clips", "image", "images", "picture", "photo", "post", "posts", "content", "music", "song",
        "idea", "ideas", "short", "shorts", "reel", "reels", "channel", "new", "get", "how", "what", "why", "when", "where", "who",
        "do", "does", "did", "done", "using", "use", "like", "up", "out", "all", "more", "most", "part", "ep", "episode", "vs",
    };

    // Request words a Thai prompt often starts with ("make a video about ..."), stripped from the front of a phrase.
    private static readonly string[] ThaiLeading =
    [
        "ช่วยทำ", "ช่วย", "อยากได้", "อยาก", "ทำคลิป", "ทำวิดีโอ", "ทำ", "สร้าง", "คลิป", "วิดีโอ", "วีดีโอ", "รูป", "ภาพ", "เพลง",
        "เกี่ยวกับ", "เรื่อง", "สอน", "วิธี", "แนะนำ", "รีวิว", "ของ", "ที่", "และ", "กับ", "ให้", "หน่อย", "ครับ", "ค่ะ", "แบบ", "สำหรับ",
    ];

    private static readonly HashSet<string> ThaiStop = [.. ThaiLeading, "การ", "ใน", "จาก", "โดย", "เป็น", "มี", "ได้", "ไป", "มา", "นี้", "นั้น"];

    /// <summary>Content words in order of appearance (lower case, distinct).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<string>();
        foreach (var raw in Split(text))
        {
            var word = IsThai(raw) ? TrimThai(raw) : raw.ToLowerInvariant().Trim('\'', '’');
            if (word.Length == 0 || words.Contains(word)) continue;
            if (IsThai(word) ? ThaiStop.Contains(word) : word.Length < 3 && !word.All(char.IsDigit) || EnglishStop.Contains(word)) continue;
            if (word.All(char.IsDigit) && word.Length < 2) continue;
            words.Add(word);
        }
        return words;
    }

    /// <summary>Words and two-word phrases of neighbouring content words ("street food"), distinct.</summary>
    public static IReadOnlyList<string> Topics(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var topics = new List<string>();
        foreach (var run in Runs(text))
        {
            for (var i = 0; i < run.Count; i++)
            {
                if (!topics.Contains(run[i])) topics.Add(run[i]);
                if (i + 1 < run.Count && !IsThai(run[i]) && !IsThai(run[i + 1]) && !topics.Contains($"{run[i]} {run[i + 1]}"))
                    topics.Add($"{run[i]} {run[i + 1]}");
            }
        }
        return topics;
    }

    /// <summary>A tag as a topic: "#Street_Food" becomes "street food".</summary>
    public static string NormalizeTag(string tag) =>
        string.Join(' ', tag.Trim().TrimStart('#').Replace('_', ' ').Replace('-', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static bool IsThai(string text) => text.Any(c => c is >= '\u0E00' and <= '\u0E7F');

    // Runs of content words not broken by a stop word, so phrases never bridge "street food in bangkok" -> "food bangkok".
    private static IEnumerable<List<string>> Runs(string text)
    {
        var run = new List<string>();
        foreach (var raw in Split(text))
        {
            var word = IsThai(raw) ? TrimThai(raw) : raw.ToLowerInvariant();
            var stop = word.Length == 0 || (IsThai(word) ? ThaiStop.Contains(word) : EnglishStop.Contains(word) || word.Length < 3);
            if (stop)
            {
                if (run.Count > 0) yield return run;
                run = [];
                continue;
            }
            run.Add(word);
        }
        if (run.Count > 0) yield return run;
    }

    private static IEnumerable<string> Split(string text)
    {
        var current = new System.Text.StringBuilder();
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || c is '\'' or '’' || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0) yield return current.ToString();
            current.Clear();
        }
        if (current.Length > 0) yield return current.ToString();
    }

    private static string TrimThai(string phrase)
    {
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var lead in ThaiLeading)
            {
                if (phrase.Length > lead.Length && phrase.StartsWith(lead, StringComparison.Ordinal))
                {
                    phrase = phrase[lead.Length..];
                    trimmed = true;
                }
            }
        }
        return phrase;
    }
}
