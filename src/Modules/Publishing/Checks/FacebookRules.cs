using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Checks;

/// <summary>
/// Facebook Page video (facebook.com/help/218673814818907, Graph API page/videos): at most 10 GB and 240 minutes;
/// the video title at most 255 characters; the description is a post text, at most 63,206 characters.
/// </summary>
internal static class FacebookRules
{
    private const int TitleMax = 255;
    private const int DescriptionMax = 63_206;
    private const double MaxSeconds = 240 * 60;

    public static void Check(MediaFile media, PostDetails details, List<PublishProblem> problems)
    {
        if (Limits.Runes(details.Title) > TitleMax)
        {
            problems.Add(new(ProblemCodes.TitleTooLong, "title", $"Facebook video titles are at most {TitleMax} characters; this one has {Limits.Runes(details.Title)}."));
        }
        if (Limits.Runes(details.Description) > DescriptionMax)
        {
            problems.Add(new(ProblemCodes.DescriptionTooLong, "description",
                $"Facebook descriptions are at most {DescriptionMax:N0} characters; this one has {Limits.Runes(details.Description):N0}."));
        }
        if (!Limits.MimeBase(media.MimeType).StartsWith("video/", StringComparison.Ordinal))
        {
            problems.Add(new(ProblemCodes.FormatUnsupported, "media.format", $"A Facebook page video must be a video file, not '{media.MimeType}'."));
        }
        Limits.MaxSize(media, 10 * Limits.GB, "10 GB", problems);
        if (Limits.KnownDuration(media, problems, out var seconds) && seconds > MaxSeconds)
        {
            problems.Add(new(ProblemCodes.DurationTooLong, "media.duration", $"Facebook videos are at most 240 minutes; this one is {Limits.Minutes(seconds)}."));
        }
    }
}
