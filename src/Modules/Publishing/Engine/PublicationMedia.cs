using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Publishing.Checks;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>What the checker and the publishers are given for a publication: the asset as a media file and the post details.</summary>
internal static class PublicationMedia
{
    public static MediaFile File(Asset asset, string path)
    {
        var metadata = Parse(asset.MetadataJson);
        return new MediaFile(path, asset.MimeType, asset.SizeBytes, Number(metadata, "duration"),
            (int?)Number(metadata, "width"), (int?)Number(metadata, "height"));
    }

    public static PostDetails Post(PublicationDetails details, string? thumbnailPath = null)
    {
        var options = details.PlatformOptions;
        return new PostDetails(
            details.Title, details.Description, details.Tags, details.Visibility.ToString().ToLowerInvariant(),
            MadeForKids: Bool(options, "madeForKids") ?? false,
            ContainsSyntheticMedia: Bool(options, "containsSyntheticMedia") ?? true,
            CategoryId: Text(options, "categoryId"), Language: Text(options, "language"), ThumbnailPath: thumbnailPath);
    }

    /// <summary>
    /// The owner declares the audience in <c>platformOptions.madeForKids</c> (true or false, never assumed); content made
    /// here is AI-generated unless <c>platformOptions.aiGenerated</c> is false.
    /// </summary>
    public static PrePublishContext Context(PublicationDetails details) => new(
        MadeForKidsDeclared: Bool(details.PlatformOptions, "madeForKids") is not null,
        IsAiGenerated: Bool(details.PlatformOptions, "aiGenerated") ?? true,
        YouTubeChannelVerified: Bool(details.PlatformOptions, "channelVerified") ?? false,
        IsYouTubeShort: Bool(details.PlatformOptions, "short"));

    private static JsonObject? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static double? Number(JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    private static bool? Bool(JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    private static string? Text(JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
