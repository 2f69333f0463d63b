using System.Globalization;
using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

/// <summary>YouTube Analytics API v2 <c>reports.query</c> for one video of the account's channel.</summary>
internal sealed class YouTubeAnalytics(YouTubeHttp http, YouTubeOptions options)
{
    /// <summary>The metric values of the single row, by metric name; empty when YouTube has no data for the period.</summary>
    public async Task<IReadOnlyDictionary<string, double>> QueryAsync(
        IPlatformTokenSource tokens, string videoId, DateOnly from, DateOnly to, string metrics, string? currency, CancellationToken ct)
    {
        var query = $"ids=channel%3D%3DMINE&startDate={Date(from)}&endDate={Date(to)}&metrics={Uri.EscapeDataString(metrics)}"
                    + $"&filters={Uri.EscapeDataString("video==" + videoId)}" + (currency is null ? "" : $"&currency={currency}");
        var report = await http.GetJsonAsync(tokens, new Uri($"{options.AnalyticsBaseUrl.TrimEnd('/')}/reports?{query}"), ct);
        return Row(report);
    }

    internal static IReadOnlyDictionary<string, double> Row(JsonElement report)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!report.TryGetProperty("rows", out var rows) || rows.ValueKind != JsonValueKind.Array || rows.GetArrayLength() == 0)
            return values;
        var headers = report.GetProperty("columnHeaders").EnumerateArray().Select(h => h.GetProperty("name").GetString() ?? "").ToList();
        var row = rows[0];
        for (var i = 0; i < headers.Count && i < row.GetArrayLength(); i++)
            if (row[i].ValueKind == JsonValueKind.Number)
                values[headers[i]] = row[i].GetDouble();
        return values;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
