using System.Globalization;

namespace MediaCreator.Modules.Publishing.Advisor;

/// <summary>One published post with its views: <see cref="ViewsAtDays"/> is the latest snapshot's lifetime views at or
/// before publishing + N days (null when there is none), <see cref="LifetimeViews"/> the latest snapshot's.</summary>
internal sealed record PostFacts(
    Guid PublicationId, Guid ChannelId, string Platform, DateTime PublishedAt, Guid EpisodeId, Guid SeriesId, Guid ProjectId,
    string Title, string? ContentType, IReadOnlyList<string> Tags, long? ViewsAtDays, long? LifetimeViews);

internal sealed record ChannelFacts(Guid Id, string Name, TimeZoneInfo TimeZone, string TimeZoneId);

/// <summary>Shared wording and maths of the advisor's rules.</summary>
internal static class AdviceText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Confidence from a sample of <paramref name="n"/> posts: n / (n + 5), so 5 posts give 0.5 and 20 give 0.8.</summary>
    public static double Confidence(int n) => Math.Round(n / (n + 5.0), 3);

    public static string Views(double value) => Math.Round(value).ToString("N0", Invariant);

    public static string Ratio(double value) => value.ToString("0.##", Invariant) + "×";

    public static string Percent(double fraction) => (fraction * 100).ToString("0.#", Invariant) + "%";

    public static string Money(decimal amount, string currency) => amount.ToString("0.00##", Invariant) + " " + currency;

    /// <summary>A small amount per unit, to 6 decimals: "0.008182 USD".</summary>
    public static string PerView(decimal amount, string currency) => Math.Round(amount, 6).ToString("0.######", Invariant) + " " + currency;

    public static string Amount(decimal? amount) => amount?.ToString("0.00##", Invariant) ?? "";

    public static string PlatformName(string platform) => platform switch
    {
        "youtube" => "YouTube",
        "tiktok" => "TikTok",
        "facebook" => "Facebook",
        "rss_feed" => "the RSS feed",
        _ => platform,
    };

    /// <summary>The contract's <c>Platform</c> enum value, or null for targets outside it (folder, webhook).</summary>
    public static string? PlatformEnum(string? platform) =>
        platform is "youtube" or "tiktok" or "facebook" or "rss_feed" ? platform.ToUpperInvariant() : null;

    public static string Day(DayOfWeek day) => day.ToString().ToUpperInvariant();

    public static string DayName(string day) => char.ToUpperInvariant(day[0]) + day[1..].ToLowerInvariant() + "s";

    public static string Hour(int hour) => $"{hour:00}:00–{(hour + 1) % 24:00}:00";

    public static string Quote(string text) => "'" + text + "'";

    public static string Round(double value, int digits = 3) => Math.Round(value, digits).ToString(Invariant);
}
