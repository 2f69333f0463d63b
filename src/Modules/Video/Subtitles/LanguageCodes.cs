namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Whisper reports the language by English name (<c>english</c>); transcripts carry BCP 47 tags.</summary>
internal static class LanguageCodes
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["thai"] = "th", ["japanese"] = "ja", ["chinese"] = "zh", ["korean"] = "ko", ["french"] = "fr",
        ["german"] = "de", ["spanish"] = "es", ["portuguese"] = "pt", ["italian"] = "it", ["russian"] = "ru", ["vietnamese"] = "vi",
        ["indonesian"] = "id", ["malay"] = "ms", ["hindi"] = "hi", ["arabic"] = "ar", ["dutch"] = "nl", ["turkish"] = "tr",
    };

    public static string FromName(string? name) =>
        name is null ? "und" : ByName.TryGetValue(name, out var code) ? code : name.Length <= 3 ? name.ToLowerInvariant() : "und";
}
