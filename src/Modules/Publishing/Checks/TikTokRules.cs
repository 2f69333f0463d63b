using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Checks;

/// <summary>
/// TikTok Content Posting API, media transfer guide (developers.tiktok.com/doc/content-posting-api-media-transfer-guide):
/// MP4 (recommended), WebM or MOV; at most 4 GB; picture 360..4096 px per side; up to 10 minutes (the creator's
/// max_video_post_duration_sec may be lower). Direct post reference: post_info.title (the caption) at most 2200
/// UTF-16 units. At least 3 seconds and 9:16 recommended (TikTok's upload guidance, repeated in e.g.
/// ayrshare.com/docs/media-guidelines/tiktok). The caption we send is the title, then the description.
/// </summary>
internal static class TikTokRules
{
    private const int CaptionMax = 2200;
    private const double MinSeconds = 3;
    private const double MaxSeconds = 10 * 60;
    private const int MinSide = 360;
    private const int MaxSide = 4096;

    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal) { "video/mp4", "video/webm", "video/quicktime" };

    public static void Check(MediaFile media, PostDetails details, List<PublishProblem> problems)
    {
        var caption = Caption(details);
        if (caption.Length > CaptionMax)
        {
            problems.Add(new(ProblemCodes.CaptionTooLong, "description",
                $"A TikTok caption (title and description) is at most {CaptionMax} characters; this one has {caption.Length}."));
        }
        if (!Formats.Contains(Limits.MimeBase(media.MimeType)))
        {
            problems.Add(new(ProblemCodes.FormatUnsupported, "media.format", $"TikTok takes MP4, WebM or MOV, not '{media.MimeType}'."));
        }
        Limits.MaxSize(media, 4 * Limits.GB, "4 GB", problems);
        if (Limits.KnownDuration(media, problems, out var seconds))
        {
            if (seconds < MinSeconds)
            {
                problems.Add(new(ProblemCodes.DurationTooShort, "media.duration", $"TikTok videos are at least {MinSeconds} seconds; this one is {seconds:0.#} s."));
            }
            else if (seconds > MaxSeconds)
            {
                problems.Add(new(ProblemCodes.DurationTooLong, "media.duration", $"TikTok videos posted through the API are at most 10 minutes; this one is {Limits.Minutes(seconds)}."));
            }
        }
        CheckPicture(media, problems);
    }

    public static string Caption(PostDetails details) =>
        string.IsNullOrWhiteSpace(details.Description) ? details.Title : $"{details.Title}\n\n{details.Description}";

    private static void CheckPicture(MediaFile media, List<PublishProblem> problems)
    {
        if (media.Width is not { } w || media.Height is not { } h)
        {
            problems.Add(new(ProblemCodes.DimensionsUnknown, "media.dimensions", "The picture size is unknown, so TikTok's 360 px minimum cannot be checked.",
                PublishProblemSeverity.Warning));
            return;
        }
        if (Math.Min(w, h) < MinSide)
        {
            problems.Add(new(ProblemCodes.ResolutionTooLow, "media.dimensions", $"TikTok needs at least {MinSide} px per side; this video is {w}×{h}."));
        }
        if (Math.Max(w, h) > MaxSide)
        {
            problems.Add(new(ProblemCodes.ResolutionTooHigh, "media.dimensions", $"TikTok takes at most {MaxSide} px per side; this video is {w}×{h}."));
        }
        // 9:16 within 2%: 1080×1920, 720×1280, 1088×1920 all pass.
        if (Math.Abs((double)w / h - 9.0 / 16) > 0.02 * 9 / 16)
        {
            problems.Add(new(ProblemCodes.AspectNotRecommended, "media.dimensions", $"TikTok recommends vertical 9:16; this video is {w}×{h}.",
                PublishProblemSeverity.Warning));
        }
    }
}
