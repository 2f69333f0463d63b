using System.Globalization;
using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Checks;

/// <summary>Measures shared by the platform rules.</summary>
internal static class Limits
{
    public const long GB = 1024L * 1024 * 1024;

    public static int Runes(string? text) => text is null ? 0 : text.EnumerateRunes().Count();

    public static int Bytes(string? text) => text is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(text);

    public static string MimeBase(string mimeType) => mimeType.Split(';')[0].Trim().ToLowerInvariant();

    public static string Minutes(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);

    public static void MaxSize(MediaFile media, long max, string limit, List<PublishProblem> problems)
    {
        if (media.SizeBytes > max)
        {
            problems.Add(new(ProblemCodes.FileTooLarge, "media.size", $"The file is {media.SizeBytes / (double)GB:0.##} GB; the limit is {limit}."));
        }
    }

    /// <returns>False when the duration is unknown (a warning is added: the limit cannot be confirmed).</returns>
    public static bool KnownDuration(MediaFile media, List<PublishProblem> problems, out double seconds)
    {
        seconds = media.DurationSeconds ?? 0;
        if (media.DurationSeconds is not null) return true;
        problems.Add(new(ProblemCodes.DurationUnknown, "media.duration", "The duration is unknown, so the platform's length limits cannot be checked.",
            PublishProblemSeverity.Warning));
        return false;
    }
}
