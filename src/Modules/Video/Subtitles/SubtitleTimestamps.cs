using System.Globalization;
using System.Text.RegularExpressions;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>The three timestamp spellings: SRT <c>00:01:02,345</c>, VTT <c>00:01:02.345</c>, ASS <c>0:01:02.34</c>.</summary>
internal static partial class SubtitleTimestamps
{
    public static string Srt(double seconds) => Milliseconds(seconds, ',');

    public static string Vtt(double seconds) => Milliseconds(seconds, '.');

    public static string Ass(double seconds)
    {
        var cs = (long)Math.Round(Math.Max(0, seconds) * 100, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{cs / 360000}:{cs / 6000 % 60:00}:{cs / 100 % 60:00}.{cs % 100:00}");
    }

    private static string Milliseconds(double seconds, char separator)
    {
        var ms = (long)Math.Round(Math.Max(0, seconds) * 1000, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3600000:00}:{ms / 60000 % 60:00}:{ms / 1000 % 60:00}{separator}{ms % 1000:000}");
    }

    /// <summary>Reads <c>[h:]mm:ss[.,]fff</c> (any fraction length); hours optional as VTT allows.</summary>
    public static double Parse(string text, int line)
    {
        var m = TimestampPattern().Match(text.Trim());
        if (!m.Success)
            throw new VideoProcessingException("INVALID_INPUT", $"Line {line}: '{text.Trim()}' is not a subtitle timestamp (expected hh:mm:ss,mmm).");
        var hours = m.Groups[1].Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var secs = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        var fraction = m.Groups[4].Success ? double.Parse("0." + m.Groups[4].Value, CultureInfo.InvariantCulture) : 0;
        if (minutes > 59 || secs > 59)
            throw new VideoProcessingException("INVALID_INPUT", $"Line {line}: '{text.Trim()}' has minutes or seconds above 59.");
        return hours * 3600 + minutes * 60 + secs + fraction;
    }

    [GeneratedRegex(@"^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$")]
    private static partial Regex TimestampPattern();
}
