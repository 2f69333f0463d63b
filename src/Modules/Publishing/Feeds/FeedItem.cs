namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>One episode of a feed. <paramref name="Guid"/> is the publication's stable id: the same guid is the same item.</summary>
/// <param name="PubDate">When the item appears; a feed rendered before it omits the item (scheduled).</param>
public sealed record FeedItem(
    string Guid, string Title, string? Description, Uri EnclosureUrl, long EnclosureLength, string EnclosureMimeType,
    DateTimeOffset PubDate, double? DurationSeconds = null, int? Episode = null, int? Season = null, Uri? ImageUrl = null,
    string? Summary = null);
