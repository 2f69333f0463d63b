using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Checks;

/// <summary>
/// An RSS enclosure is audio or video. Apple Podcasts (podcasters.apple.com/support/823-podcast-requirements) plays
/// M4A, MP3, MOV, MP4, M4V: other audio/video types are accepted with a warning that apps may not play them.
/// </summary>
internal static class RssFeedRules
{
    private static readonly HashSet<string> Recommended = new(StringComparer.Ordinal)
    {
        "audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/m4a", "video/mp4", "video/quicktime", "video/x-m4v",
    };

    public static void Check(MediaFile media, List<PublishProblem> problems)
    {
        var mime = Limits.MimeBase(media.MimeType);
        if (!mime.StartsWith("audio/", StringComparison.Ordinal) && !mime.StartsWith("video/", StringComparison.Ordinal))
        {
            problems.Add(new(ProblemCodes.FormatUnsupported, "media.format", $"A feed enclosure must be audio or video, not '{media.MimeType}'."));
        }
        else if (!Recommended.Contains(mime))
        {
            problems.Add(new(ProblemCodes.FormatNotRecommended, "media.format",
                $"Podcast apps may not play '{media.MimeType}'; MP3, M4A, MP4, M4V or MOV play everywhere.", PublishProblemSeverity.Warning));
        }
    }
}
