using System.Globalization;
using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.Facebook;

/// <summary>A video_insights answer: <c>{"data":[{"name","period","values":[{"value", "end_time"?}]}]}</c>.</summary>
internal sealed class FacebookInsights(IReadOnlyList<JsonElement> metrics)
{
    public static FacebookInsights Parse(JsonElement root) =>
        new(root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array ? data.EnumerateArray().ToList() : []);

    public decimal? Lifetime(string name) =>
        Values(name).LastOrDefault() is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDecimal()
            : null;

    /// <summary>Metrics like total_video_stories_by_action_type hold an object: {"share":4,"like":30,"comment":7}.</summary>
    public decimal? LifetimeByAction(string name, string action) =>
        Values(name).LastOrDefault() is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("value", out var value) &&
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(action, out var count) && count.ValueKind == JsonValueKind.Number
            ? count.GetDecimal()
            : null;

    /// <summary>Day values: end_time is the end of the reported day (the next midnight, Pacific time), so the day is the one before.</summary>
    public IEnumerable<(DateOnly Day, decimal Value)> Daily(string name)
    {
        foreach (var metric in metrics.Where(m => Name(m) == name && m.TryGetProperty("period", out var p) && p.GetString() == "day"))
            foreach (var value in metric.GetProperty("values").EnumerateArray())
            {
                if (!value.TryGetProperty("end_time", out var end) || !value.TryGetProperty("value", out var amount) || amount.ValueKind != JsonValueKind.Number) continue;
                var endTime = DateTimeOffset.Parse(NormalizeOffset(end.GetString()!), CultureInfo.InvariantCulture);
                yield return (DateOnly.FromDateTime(endTime.DateTime).AddDays(-1), amount.GetDecimal());
            }
    }

    private IEnumerable<JsonElement> Values(string name) =>
        metrics.Where(m => Name(m) == name && m.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array)
            .SelectMany(m => m.GetProperty("values").EnumerateArray());

    private static string? Name(JsonElement metric) => metric.TryGetProperty("name", out var n) ? n.GetString() : null;

    /// <summary>Graph writes offsets as +0000; .NET wants +00:00.</summary>
    private static string NormalizeOffset(string time) =>
        time.Length > 5 && (time[^5] == '+' || time[^5] == '-') ? time[..^2] + ":" + time[^2..] : time;
}
