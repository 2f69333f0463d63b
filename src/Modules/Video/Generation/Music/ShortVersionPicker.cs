using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Music;

/// <summary>The window of a song a short version uses, and why it was chosen.</summary>
public sealed record ShortVersion(TimeRange Range, string Reason);

/// <summary>
/// Picks the best 15/30/60 s of a song: every section start and beat is a candidate start, the end is the beat
/// nearest start + length; windows score by mean energy, chorus share, starting on a section (best: opening on the
/// chorus, the hook first as short-form video wants) and ending at one.
/// </summary>
public static class ShortVersionPicker
{
    public static ShortVersion Pick(MusicTiming timing, double seconds)
    {
        if (!(seconds > 0)) throw new VideoProcessingException("INVALID_INPUT", "A short version needs a positive length.");
        var song = new SongShape(timing);
        if (song.Duration <= seconds)
            return new ShortVersion(new TimeRange(0, song.Duration), string.Create(CultureInfo.InvariantCulture,
                $"The song is {song.Duration:0.#} s, not longer than {seconds:0} s: the whole song is used."));

        var starts = song.Sections.Select(s => song.NearestBeat(s.Start)).Concat(song.Beats).Append(0)
            .Where(s => s + seconds <= song.Duration + 0.01).Select(s => Math.Round(s, 3)).Distinct().Order().ToList();
        if (starts.Count == 0) starts = [0];
        var songEnergy = song.MeanEnergy(0, song.Duration);
        (double Score, double Start, double End) best = (double.MinValue, 0, seconds);
        foreach (var start in starts)
        {
            var end = EndOnBeat(song, start + seconds, seconds);
            var score = song.MeanEnergy(start, end) + 0.3 * song.ChorusShare(start, end)
                + (song.Sections.FirstOrDefault(s => Math.Abs(song.NearestBeat(s.Start) - start) < 0.01) is { } opening
                    ? SongShape.IsChorus(opening.Label) ? 0.2 : 0.1 : 0)
                + (song.Sections.Any(s => Math.Abs(s.End - end) < song.BeatInterval) ? 0.05 : 0);
            if (score > best.Score + 1e-9) best = (score, start, end);
        }
        return new ShortVersion(new TimeRange(best.Start, best.End), Explain(song, best.Start, best.End, songEnergy));
    }

    /// <summary>The beat nearest the wanted end, kept within half a beat of the asked length and inside the song.</summary>
    private static double EndOnBeat(SongShape song, double wanted, double seconds)
    {
        var beat = song.NearestBeat(wanted);
        return Math.Abs(beat - wanted) <= Math.Max(song.BeatInterval / 2, 0.05) && beat <= song.Duration ? beat : Math.Min(wanted, song.Duration);
    }

    private static string Explain(SongShape song, double start, double end, double songEnergy)
    {
        var section = song.SectionAt(start + 0.01);
        var where = section is null ? $"at {start:0.##} s" :
            Math.Abs(song.NearestBeat(section.Start) - start) < 0.01 ? $"at the start of the {section.Label} ({start:0.##} s, on a beat)" : $"inside the {section.Label} at {start:0.##} s (on a beat)";
        var chorus = song.ChorusShare(start, end);
        return string.Create(CultureInfo.InvariantCulture,
            $"Starts {where}; the {end - start:0.#} s window with the best mix of energy and structure: mean energy {song.MeanEnergy(start, end):0.00} against {songEnergy:0.00} for the whole song, {chorus * 100:0}% chorus; ends {(song.Beats.Contains(end) ? "on the beat " : "")}at {end:0.##} s.");
    }
}
