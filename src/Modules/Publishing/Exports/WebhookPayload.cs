using System.Text.Json.Serialization;

namespace MediaCreator.Modules.Publishing.Exports;

/// <summary>The JSON body a webhook receives; <see cref="WebhookPublisher.SignatureHeader"/> signs its exact bytes.</summary>
public sealed record WebhookPayload(
    string Event, string IdempotencyKey, string Title, string? Description, IReadOnlyList<string> Tags, WebhookMedia Media);

public sealed record WebhookMedia(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Path,
    string MimeType, long SizeBytes, double? DurationSeconds);
