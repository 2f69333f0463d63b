using System.Text.Json;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>The timeline's JSON form (camelCase, enums as <c>VIDEO</c>/<c>BLUR_PAD</c>, clips tagged by <c>type</c>).</summary>
public static class TimelineJson
{
    /// <remarks>
    /// PostgreSQL stores the document as jsonb, which reorders an object's keys, so the clips' <c>type</c> tag may come
    /// back after their other properties.
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = false, AllowOutOfOrderMetadataProperties = true };

    public static string Serialize(TimelineDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a stored timeline; malformed JSON is <c>INVALID_INPUT</c>.</summary>
    public static TimelineDocument Deserialize(string json)
    {
        try
        {
            var doc = JsonSerializer.Deserialize<TimelineDocument>(json, Options)
                      ?? throw new Abstractions.VideoProcessingException("INVALID_INPUT", "The timeline JSON is null.");
            // Lists left out of the JSON come back null; an absent list means an empty one.
            return doc with
            {
                BackgroundColor = doc.BackgroundColor ?? "#000000",
                Tracks = [.. (doc.Tracks ?? []).Select(t => t with
                {
                    Name = t.Name ?? "",
                    Clips = [.. (t.Clips ?? []).Select(c => c is TextClip text ? text with { Style = text.Style ?? new TextStyle(), Text = text.Text ?? "" } : c)],
                    Transitions = t.Transitions ?? [],
                })],
            };
        }
        catch (JsonException e)
        {
            throw new Abstractions.VideoProcessingException("INVALID_INPUT", $"The timeline JSON is not a timeline: {e.Message}", inner: e);
        }
    }
}
