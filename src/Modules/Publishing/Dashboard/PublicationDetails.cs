using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>Post details sent to the platform (<c>publication_records.details</c> JSON).</summary>
/// <param name="PlatformOptions">Platform-specific options (YouTube categoryId, madeForKids, containsSyntheticMedia, language...).</param>
public sealed record PublicationDetails(
    string Title, string? Description, IReadOnlyList<string> Tags, PublicationVisibility Visibility = PublicationVisibility.Public,
    Guid? ThumbnailAssetId = null, JsonObject? PlatformOptions = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored details, or ones made of <paramref name="fallbackTitle"/> when none were stored.</summary>
    public static PublicationDetails Read(string? json, string fallbackTitle) =>
        (json is null ? null : JsonSerializer.Deserialize<PublicationDetails>(json, Json)) ?? new PublicationDetails(fallbackTitle, null, []);
}
