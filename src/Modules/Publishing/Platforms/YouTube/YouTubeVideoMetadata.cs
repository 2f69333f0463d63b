using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

/// <summary>The <c>snippet</c> and <c>status</c> of videos.insert, within YouTube's limits.</summary>
internal static class YouTubeVideoMetadata
{
    public const int MaxTitle = 100;
    public const int MaxDescriptionBytes = 5000;
    public const int MaxTagCharacters = 500;

    public static JsonObject Build(PostDetails details, string defaultCategoryId, DateTimeOffset? publishAt)
    {
        var title = Clean(details.Title).Trim();
        if (title.Length == 0) throw new PublishingException(PublishingErrorCodes.Rejected, "YouTube: a video needs a title.");
        var snippet = new JsonObject
        {
            ["title"] = Truncate(title, MaxTitle),
            ["description"] = TruncateUtf8(Clean(details.Description ?? ""), MaxDescriptionBytes),
            ["tags"] = new JsonArray([.. Tags(details.Tags).Select(t => (JsonNode?)JsonValue.Create(t))]),
            ["categoryId"] = details.CategoryId ?? defaultCategoryId,
        };
        if (!string.IsNullOrWhiteSpace(details.Language)) snippet["defaultLanguage"] = details.Language;
        var status = new JsonObject
        {
            // A scheduled video must stay private until publishAt; YouTube flips it to public then.
            ["privacyStatus"] = publishAt is null ? details.Privacy : "private",
            ["selfDeclaredMadeForKids"] = details.MadeForKids,
            ["containsSyntheticMedia"] = details.ContainsSyntheticMedia,
        };
        if (publishAt is { } at)
            status["publishAt"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new JsonObject { ["snippet"] = snippet, ["status"] = status };
    }

    // YouTube rejects '<' and '>' in titles, descriptions and tags.
    private static string Clean(string text) => text.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);

    // Tags count toward 500 characters; a tag with a space is counted with its quotes.
    private static IEnumerable<string> Tags(IReadOnlyList<string> tags)
    {
        var used = 0;
        foreach (var tag in tags.Select(t => Clean(t).Replace(",", " ", StringComparison.Ordinal).Trim()).Where(t => t.Length > 0).Distinct())
        {
            var cost = tag.Length + (tag.Contains(' ') ? 2 : 0) + (used > 0 ? 1 : 0);
            if (used + cost > MaxTagCharacters) yield break;
            used += cost;
            yield return tag;
        }
    }

    private static string Truncate(string text, int max)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, max);
    }

    private static string TruncateUtf8(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var builder = new StringBuilder();
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            used += Encoding.UTF8.GetByteCount(element);
            if (used > maxBytes) break;
            builder.Append(element);
        }
        return builder.ToString();
    }
}
