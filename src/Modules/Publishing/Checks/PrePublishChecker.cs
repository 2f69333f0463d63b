using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Checks;

/// <summary>
/// Checks a post against the target platform's published limits before anything is sent. Errors mean the platform
/// would refuse it (or it breaks our disclosure rules); warnings mean it goes through but not as intended.
/// An empty list means ready to publish.
/// </summary>
public sealed class PrePublishChecker
{
    public static readonly IReadOnlySet<string> KnownPlatforms =
        new HashSet<string>(StringComparer.Ordinal) { "youtube", "tiktok", "facebook", "rss_feed", "folder", "webhook" };

    public IReadOnlyList<PublishProblem> Check(string platform, MediaFile media, PostDetails details) =>
        Check(platform, media, details, new PrePublishContext());

    public IReadOnlyList<PublishProblem> Check(string platform, MediaFile media, PostDetails details, PrePublishContext context)
    {
        var problems = new List<PublishProblem>();
        if (!KnownPlatforms.Contains(platform))
        {
            problems.Add(new(ProblemCodes.PlatformUnknown, "platform", $"'{platform}' is not a platform we publish to."));
            return problems;
        }
        CheckCommon(media, details, context, problems);
        switch (platform)
        {
            case "youtube": YouTubeRules.Check(media, details, context, problems); break;
            case "tiktok": TikTokRules.Check(media, details, problems); break;
            case "facebook": FacebookRules.Check(media, details, problems); break;
            case "rss_feed": RssFeedRules.Check(media, problems); break;
        }
        return problems;
    }

    /// <summary>The tags' length as YouTube counts it against its 500 limit (commas between, quotes around a tag with a space).</summary>
    public static int YouTubeTagsLength(IReadOnlyList<string> tags) => YouTubeRules.TagsLength(tags);

    private static void CheckCommon(MediaFile media, PostDetails details, PrePublishContext context, List<PublishProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            problems.Add(new(ProblemCodes.TitleMissing, "title", "A title is required."));
        }
        if (media.SizeBytes <= 0)
        {
            problems.Add(new(ProblemCodes.FileEmpty, "media.size", "The media file is empty."));
        }
        // COPPA: the audience must be a decision of the owner, never a default we send on their behalf.
        if (context.MadeForKidsDeclared != true)
        {
            problems.Add(new(ProblemCodes.MadeForKidsUndeclared, "madeForKids", "Declare whether the content is made for kids before publishing."));
        }
        if (context.IsAiGenerated && !details.ContainsSyntheticMedia)
        {
            problems.Add(new(ProblemCodes.SyntheticMediaUndisclosed, "containsSyntheticMedia",
                "AI-generated content must be published with the synthetic-media disclosure set."));
        }
    }
}
