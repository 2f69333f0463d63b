using System.Globalization;
using System.Text.Json;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Cards;

/// <summary>One designed card of a card game; <see cref="Count"/> copies go on the print sheets.</summary>
internal sealed record CardDefinition(string Title, string? Text, string? Type, string? Cost, string? Value, SKColor Color, int Count)
{
    private static readonly string[] DefaultColors = ["#E63946", "#2A9D8F", "#457B9D", "#E9C46A", "#8E6C8A", "#F4A261"];

    public static CardDefinition Parse(JsonElement e, int index, TemplateOptions options)
    {
        if (e.ValueKind != JsonValueKind.Object) throw options.Invalid($"cards[{index}] must be an object");
        string? Read(string name) => e.EnumerateObject().Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.ToString()).FirstOrDefault();
        var title = Read("title");
        if (string.IsNullOrWhiteSpace(title)) throw options.Invalid($"cards[{index}].title is required");
        var color = Read("color") is { } c ? options.ParseColor(c, $"cards[{index}].color") : SKColor.Parse(DefaultColors[index % DefaultColors.Length]);
        var count = 1;
        if (Read("count") is { } n && (!int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out count) || count is < 1 or > 100))
        {
            throw options.Invalid($"cards[{index}].count must be 1..100");
        }
        return new CardDefinition(title.Trim(), Read("text"), Read("type"), Read("cost"), Read("value") ?? Read("power"), color, count);
    }

    public static CardDefinition FromFields(IReadOnlyDictionary<string, string> f) => new(
        f.TryGetValue("title", out var t) ? t : f.TryGetValue("name", out var n) ? n : "Card",
        f.GetValueOrDefault("text"), f.GetValueOrDefault("type"), f.GetValueOrDefault("cost"), f.GetValueOrDefault("value"),
        f.TryGetValue("color", out var c) && SKColor.TryParse(c, out var parsed) ? parsed : SKColor.Parse(DefaultColors[0]), 1);

    public string Slug => new string(Title.ToLowerInvariant().Select(ch => char.IsLetterOrDigit(ch) || IsMark(ch) ? ch : '-').ToArray()).Trim('-');

    // Thai vowels and tone marks are combining marks: they belong to the word
    private static bool IsMark(char ch) => char.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
