using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Jobs.Queue;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>The input of a <c>publishing.upload</c> job: the publication it posts (everything else is read from its row).</summary>
internal sealed record PublishUploadInput(Guid PublicationId);

/// <summary>What a finished upload job returns: the publication and how it ended.</summary>
internal sealed record PublishUploadOutput(Guid PublicationId, string Status, string? ExternalPostId, string? PostUrl);

internal static class PublishUploadTask
{
    public const string TaskName = "publishing.upload";

    /// <summary>Providers are the platform keys, so a job's provider names the platform it posts to.</summary>
    public static readonly JobTaskDefinition Definition = new(
        TaskName, "publishing", JobQueues.Publishing, JobKind.PublishingUpload,
        "Uploads one publication to its platform account (or adds it to an RSS feed, a folder, a webhook).",
        "youtube",
        InputSchemaJson: """{"type":"object","required":["publicationId"],"properties":{"publicationId":{"type":"string","format":"uuid"}}}""",
        OtherProviders: [.. new[] { "tiktok", "facebook", "rss_feed", "folder", "webhook" }.Select(p => new JobTaskProvider(p, p, null, BuiltIn: true))]);
}
