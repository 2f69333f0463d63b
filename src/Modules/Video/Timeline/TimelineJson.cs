using System.Text.Json;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>The timeline's JSON form (camelCase, enums as <c>VIDEO</c>/<c>BLUR_PAD</c>, clips tagged by <c>type</c>).</summary>
public static class TimelineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static string Serialize(TimelineDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a stored timeline; malformed JSON is <c>INVALID_INPUT</c>.</summary>
    public static TimelineDocument Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TimelineDocument>(json, Options)
                   ?? throw new Abstractions.VideoProcessingException("INVALID_INPUT", "The timeline JSON is null.");
        }
        catch (JsonException e)
        {
            throw new Abstractions.VideoProcessingException("INVALID_INPUT", $"The timeline JSON is not a timeline: {e.Message}", inner: e);
        }
    }
}
