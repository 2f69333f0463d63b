using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Reads the LLM's answer: a JSON array of <c>{"n": 1, "text": "..."}</c> (fenced or not), or failing that numbered
/// lines <c>1: ...</c>. The numbers must be exactly 1..count in order, else the reason is returned for a retry.
/// </summary>
internal static partial class TranslationReply
{
    public static (List<string>? Lines, string? Problem) Read(string reply, int count)
    {
        var items = JsonItems(reply) ?? NumberedLines(reply);
        if (items.Count == 0) return (null, "no JSON array of {\"n\",\"text\"} items or numbered lines was found");
        if (items.Count != count) return (null, $"{items.Count} lines came back for {count}");
        for (var i = 0; i < count; i++)
        {
            if (items[i].N != i + 1) return (null, $"item {i + 1} is numbered {items[i].N}");
            if (string.IsNullOrWhiteSpace(items[i].Text)) return (null, $"line {i + 1} is empty");
        }
        return (items.Select(x => x.Text.Trim()).ToList(), null);
    }

    private static List<(int N, string Text)>? JsonItems(string reply)
    {
        var start = reply.IndexOf('[', StringComparison.Ordinal);
        var end = reply.LastIndexOf(']');
        if (start < 0 || end <= start) return null;
        try
        {
            using var doc = JsonDocument.Parse(reply[start..(end + 1)]);
            var items = new List<(int, string)>();
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("n", out var n) || !item.TryGetProperty("text", out var text)) return null;
                var number = n.ValueKind == JsonValueKind.Number ? n.GetInt32() : int.TryParse(n.GetString(), out var parsed) ? parsed : -1;
                items.Add((number, text.GetString() ?? ""));
            }
            return items;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static List<(int N, string Text)> NumberedLines(string reply) =>
        reply.Split('\n').Select(l => Numbered().Match(l.Trim())).Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value)).ToList();

    [GeneratedRegex(@"^(\d+)\s*[:.)]\s*(.*)$")]
    private static partial Regex Numbered();
}
