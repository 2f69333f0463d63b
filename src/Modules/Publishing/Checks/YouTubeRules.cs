using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Checks;

/// <summary>
/// YouTube Data API v3 <c>videos</c> resource (developers.google.com/youtube/v3/docs/videos): snippet.title at most
/// 100 characters, snippet.description at most 5000 bytes, neither may contain '&lt;' or '&gt;'; snippet.tags at most
/// 500 characters, counting the commas between tags and the quotes YouTube adds around a tag with a space.
/// Upload limits (support.google.com/youtube/answer/71673): 256 GB or 12 hours, 15 minutes until the channel is
/// verified. Shorts (support.google.com/youtube/answer/15424877): square or vertical, up to 3 minutes.
/// Formats (support.google.com/youtube/answer/4597615): MOV, MPEG-1/2/4, MP4, MPG, AVI, WMV, MPEG-PS, FLV, 3GPP, WebM.
/// </summary>
internal static class YouTubeRules
{
    private const int TitleMax = 100;
    private const int DescriptionMaxBytes = 5000;
    private const int TagsMax = 500;
    private const double MaxSeconds = 12 * 3600;
    private const double UnverifiedMaxSeconds = 15 * 60;
    private const double ShortMaxSeconds = 3 * 60;

    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal)
    {
        "video/mp4", "video/quicktime", "video/mpeg", "video/x-msvideo", "video/avi", "video/x-ms-wmv", "video/x-flv",
        "video/3gpp", "video/webm", "video/mp2p", "video/x-m4v",
    };

    public static void Check(MediaFile media, PostDetails details, PrePublishContext context, List<PublishProblem> problems)
    {
        if (Limits.Runes(details.Title) > TitleMax)
        {
            problems.Add(new(ProblemCodes.TitleTooLong, "title", $"YouTube titles are at most {TitleMax} characters; this one has {Limits.Runes(details.Title)}."));
        }
        if (details.Title.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            problems.Add(new(ProblemCodes.TitleInvalidCharacters, "title", "YouTube titles cannot contain '<' or '>'."));
        }
        if (Limits.Bytes(details.Description) > DescriptionMaxBytes)
        {
            problems.Add(new(ProblemCodes.DescriptionTooLong, "description",
                $"YouTube descriptions are at most {DescriptionMaxBytes} bytes of UTF-8; this one is {Limits.Bytes(details.Description)} bytes."));
        }
        if (details.Description is { } d && d.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            problems.Add(new(ProblemCodes.DescriptionInvalidCharacters, "description", "YouTube descriptions cannot contain '<' or '>'."));
        }
        var tagLength = TagsLength(details.Tags);
        if (tagLength > TagsMax)
        {
            problems.Add(new(ProblemCodes.TagsTooLong, "tags", $"YouTube tags total at most {TagsMax} characters (commas and quotes count); these are {tagLength}."));
        }
        Limits.MaxSize(media, 256 * Limits.GB, "256 GB", problems);
        if (!Formats.Contains(Limits.MimeBase(media.MimeType)))
        {
            problems.Add(new(ProblemCodes.FormatUnsupported, "media.format", $"YouTube does not take '{media.MimeType}' (MP4, MOV, WebM, AVI, WMV, FLV, 3GPP, MPEG)."));
        }
        if (Limits.KnownDuration(media, problems, out var seconds))
        {
            if (seconds > MaxSeconds)
            {
                problems.Add(new(ProblemCodes.DurationTooLong, "media.duration", $"YouTube takes videos up to 12 hours; this one is {Limits.Minutes(seconds)}."));
            }
            else if (seconds > UnverifiedMaxSeconds && !context.YouTubeChannelVerified)
            {
                problems.Add(new(ProblemCodes.DurationNeedsVerifiedChannel, "media.duration",
                    "Videos over 15 minutes need a verified YouTube channel; unverified channels are refused.", PublishProblemSeverity.Warning));
            }
        }
        if (context.IsYouTubeShort ?? MarkedAsShort(details)) CheckShort(media, seconds, problems);
    }

    /// <summary>Length as YouTube counts snippet.tags: tags joined by commas, a tag with a space quoted.</summary>
    internal static int TagsLength(IReadOnlyList<string> tags) =>
        tags.Count == 0 ? 0 : tags.Sum(t => Limits.Runes(t) + (t.Contains(' ') ? 2 : 0)) + tags.Count - 1;

    private static void CheckShort(MediaFile media, double seconds, List<PublishProblem> problems)
    {
        if (media.Width is { } w && media.Height is { } h && w > h)
        {
            problems.Add(new(ProblemCodes.ShortNotVertical, "media.dimensions", $"A Short is vertical or square; this video is {w}×{h}."));
        }
        if (seconds > ShortMaxSeconds)
        {
            problems.Add(new(ProblemCodes.ShortTooLong, "media.duration", $"A Short is at most 3 minutes; this one is {Limits.Minutes(seconds)}."));
        }
    }

    private static bool MarkedAsShort(PostDetails details) =>
        details.Tags.Any(t => t.TrimStart('#').Equals("shorts", StringComparison.OrdinalIgnoreCase))
        || details.Title.Contains("#shorts", StringComparison.OrdinalIgnoreCase)
        || (details.Description?.Contains("#shorts", StringComparison.OrdinalIgnoreCase) ?? false);
}
