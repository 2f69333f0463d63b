using System.Globalization;
using System.Text.RegularExpressions;
using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Generation;

/// <summary>Mood words and what they imply: mode and where the tempo sits in the genre's range.</summary>
internal sealed record Mood(string Name, string[] Words, bool? Minor, double TempoPosition, double Energy)
{
    public static readonly IReadOnlyList<Mood> All =
    [
        new("happy", ["happy", "joyful", "cheerful", "uplifting", "bright", "sunny", "fun", "playful", "positive"], false, 0.65, 0.8),
        new("sad", ["sad", "melancholic", "melancholy", "sorrowful", "heartbroken", "lonely", "nostalgic", "somber", "sombre"], true, 0.3, 0.5),
        new("dark", ["dark", "ominous", "sinister", "tense", "mysterious", "gloomy", "brooding", "moody"], true, 0.45, 0.7),
        new("calm", ["calm", "relaxed", "relaxing", "chill", "peaceful", "mellow", "dreamy", "soft", "gentle", "serene", "slow"], null, 0.1, 0.45),
        new("energetic", ["energetic", "upbeat", "driving", "intense", "aggressive", "powerful", "fast", "hype", "party", "exciting"], null, 0.9, 1.0),
        new("epic", ["epic", "heroic", "triumphant", "majestic", "grand"], null, 0.55, 0.95),
        new("romantic", ["romantic", "love", "tender", "warm"], false, 0.35, 0.6),
    ];

    public static readonly Mood Neutral = new("neutral", [], null, 0.5, 0.75);

    public static Mood? Find(string text) =>
        All.FirstOrDefault(m => m.Name.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) ?? PromptWords.Earliest(text, All, m => m.Words);
}

/// <summary>What a free-text prompt says about genre, mood, tempo, key and meter.</summary>
internal sealed record PromptReading(GenreStyle? Genre, Mood? Mood, double? Bpm, MusicKey? Key, int? BeatsPerBar);

/// <summary>Reads prompts such as "sad lofi at 80 bpm in D minor" (whole words, case-insensitive).</summary>
internal static partial class PromptWords
{
    public static PromptReading Read(string? prompt)
    {
        var text = prompt ?? "";
        double? bpm = null;
        if (BpmPattern().Match(text) is { Success: true } b)
            bpm = double.Parse(b.Groups["bpm"].Value, CultureInfo.InvariantCulture);
        MusicKey? key = null;
        if (KeyPattern().Match(text) is { Success: true } k && MusicKey.ParseTonic(k.Groups["tonic"].Value + Accidental(k.Groups["acc"].Value)) is { } tonic)
        {
            var mode = k.Groups["mode"].Value.ToLowerInvariant();
            key = new MusicKey(tonic, mode is "minor" or "min" or "m");
        }
        int? meter = MeterPattern().Match(text) is { Success: true } m ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
        return new PromptReading(Earliest(text, GenreStyle.All, g => g.Words), Mood.Find(text), bpm, key, meter);
    }

    /// <summary>The item whose word occurs first in <paramref name="text"/> (the longer word wins at the same place).</summary>
    public static T? Earliest<T>(string text, IEnumerable<T> items, Func<T, string[]> words) where T : class
    {
        T? best = null;
        (int Index, int Length) bestAt = (int.MaxValue, 0);
        foreach (var item in items)
        {
            foreach (var word in words(item))
            {
                var match = Regex.Match(text, $@"(?<![\p{{L}}\d]){Regex.Escape(word)}(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                if (match.Success && (match.Index < bestAt.Index || (match.Index == bestAt.Index && word.Length > bestAt.Length)))
                {
                    best = item;
                    bestAt = (match.Index, word.Length);
                }
            }
        }
        return best;
    }

    private static string Accidental(string text) => text.Trim().ToLowerInvariant() switch
    {
        "#" or "♯" or "sharp" or "-sharp" => "#",
        "b" or "♭" or "flat" or "-flat" => "b",
        _ => "",
    };

    [GeneratedRegex(@"(?<bpm>\d{2,3}(?:\.\d+)?)\s*(?:bpm|beats per minute)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BpmPattern();

    /// <summary>"in D minor", "key of F# major", "C major", "in Bb": a lowercase tonic needs a mode word ("in a minor").</summary>
    [GeneratedRegex(@"(?:\b(?:in|key\s+of)\s+(?<tonic>[A-Ga-g])(?<acc>#|♯|♭|b|\s+sharp|\s+flat|-sharp|-flat)?\s*(?<mode>major|minor|maj|min)\b)|(?:\b(?:in|key\s+of)\s+(?<tonic>[A-G])(?<acc>#|♯|♭|b|\s+sharp|\s+flat|-sharp|-flat)?(?<mode>m)?(?![\p{L}\d]))|(?:\b(?<tonic>[A-G])(?<acc>#|♯|♭|b|\s+sharp|\s+flat)?\s+(?<mode>major|minor)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\b(?<n>[34])/4\b", RegexOptions.CultureInvariant)]
    private static partial Regex MeterPattern();

    /// <summary>Throws INVALID_INPUT for a tempo outside 40..240 BPM.</summary>
    public static double CheckBpm(double bpm, string source) =>
        bpm is >= 40 and <= 240 ? bpm : throw new AudioProcessingException("INVALID_INPUT", $"The tempo {MusicKey.Invariant(bpm)} BPM ({source}) is outside 40..240 BPM.");
}
