using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Planning;

namespace MediaCreator.Modules.Video.Generation.Music;

/// <summary>A music video plan: the storyboard (times relative to <see cref="Window"/>'s start) and which visual each scene shows.</summary>
public sealed record MusicVideoPlan(Storyboard Storyboard, IReadOnlyList<int> VisualIndexes, TimeRange Window);

/// <summary>Cut pacing of music videos; bound from <c>Video:MusicVideo</c>.</summary>
public sealed class MusicVideoOptions
{
    /// <summary>Beats per shot by energy: high (≥ <see cref="HighEnergy"/>), mid, low (&lt; <see cref="LowEnergy"/>).</summary>
    public int BeatsPerCutHigh { get; set; } = 2;

    public int BeatsPerCutMid { get; set; } = 4;

    public int BeatsPerCutLow { get; set; } = 8;

    public double HighEnergy { get; set; } = 0.66;

    public double LowEnergy { get; set; } = 0.33;

    /// <summary>Shortest shot; fast songs get more beats per cut to respect it.</summary>
    public double MinShotSeconds { get; set; } = 0.4;
}

/// <summary>
/// Plans a music video from a song's analysis: a hard cut every k beats (k smaller where the energy is high), a
/// forced cut on the beat nearest every section boundary, visuals dealt round-robin (never the same twice in a row,
/// livelier moves in loud parts), no narration. Render it with the song as <see cref="Rendering.StoryboardRenderRequest.MusicPath"/>
/// and <see cref="TimeRange.Start"/> of <see cref="MusicVideoPlan.Window"/> as the music start.
/// </summary>
public sealed class MusicVideoPlanner(MusicVideoOptions? options = null)
{
    private readonly MusicVideoOptions _options = options ?? new MusicVideoOptions();

    public MusicVideoPlan Plan(MusicTiming timing, int visualCount, AspectRatio aspect, TimeRange? window = null, string? title = null)
    {
        if (visualCount < 1) throw new VideoProcessingException("INVALID_INPUT", "A music video needs at least one visual.");
        var song = new SongShape(timing);
        var range = window ?? new TimeRange(0, song.Duration);
        if (range.Start < 0 || range.End > song.Duration + 0.01 || range.Duration < _options.MinShotSeconds)
            throw new VideoProcessingException("INVALID_INPUT", $"The window {range.Start:0.##}..{range.End:0.##} s is not inside the {song.Duration:0.##} s song.");
        if (song.Beats.Length < 2)
            throw new VideoProcessingException("INVALID_INPUT", "The music analysis has neither beats nor a tempo; run music.analyze first.");

        var cuts = Cuts(song, range);
        var scenes = new List<StoryboardScene>(cuts.Count);
        var visuals = new List<int>(cuts.Count);
        var next = 0;
        for (var i = 0; i < cuts.Count; i++)
        {
            var (start, end) = (cuts[i], i + 1 < cuts.Count ? cuts[i + 1] : range.End);
            var energy = song.MeanEnergy(start, end);
            var visual = next % visualCount;
            if (visualCount > 1 && visuals.Count > 0 && visual == visuals[^1]) visual = (visual + 1) % visualCount;
            next = visual + 1;
            visuals.Add(visual);
            var label = song.SectionAt(start + 0.001)?.Label ?? "song";
            var motion = energy >= _options.HighEnergy ? new SceneMotion(i % 2 == 0 ? MotionKind.ZoomIn : MotionKind.ZoomOut, 0.22)
                : energy < _options.LowEnergy ? new SceneMotion(i % 2 == 0 ? MotionKind.PanRight : MotionKind.PanLeft, 0.08)
                : new SceneMotion((MotionKind)(1 + i % 6), 0.14);
            var mood = energy >= _options.HighEnergy ? "intense, high energy" : energy < _options.LowEnergy ? "calm, quiet" : "steady";
            scenes.Add(new StoryboardScene(i, Math.Round(start - range.Start, 4), Math.Round(end - start, 4), null,
                string.Create(CultureInfo.InvariantCulture, $"{title ?? "music video"}, {label}, {mood} mood"), motion, i == 0 ? "none" : "cut", 0));
        }
        var board = new Storyboard(title ?? "Music video", "und", Math.Round(range.Duration, 4), aspect, scenes,
            [string.Create(CultureInfo.InvariantCulture, $"{scenes.Count} shots cut on beats over {range.Duration:0.#} s ({song.Beats.Length} beats, {song.Sections.Count} sections).")]);
        return new MusicVideoPlan(board, visuals, range);
    }

    private List<double> Cuts(SongShape song, TimeRange range)
    {
        var interval = song.BeatInterval;
        var sectionBeats = song.Sections.Select(s => song.NearestBeat(s.Start)).Where(b => b > range.Start && b < range.End).ToHashSet();
        var cuts = new List<double> { range.Start };
        var count = 0;
        foreach (var beat in song.Beats.Where(b => b > range.Start + 1e-6 && b < range.End - 1e-6))
        {
            count++;
            var forced = sectionBeats.Contains(beat);
            var k = BeatsPerCut(song.EnergyAt(beat), interval);
            if (!forced && count < k) continue;
            if (beat - cuts[^1] < _options.MinShotSeconds)
            {
                // Too close to the previous cut: a section boundary moves that cut here, a regular cut waits.
                if (forced && cuts.Count > 1) cuts[^1] = beat;
                continue;
            }
            cuts.Add(beat);
            count = 0;
        }
        if (cuts.Count > 1 && range.End - cuts[^1] < _options.MinShotSeconds) cuts.RemoveAt(cuts.Count - 1);
        return cuts;
    }

    private int BeatsPerCut(double energy, double interval)
    {
        var k = energy >= _options.HighEnergy ? _options.BeatsPerCutHigh : energy < _options.LowEnergy ? _options.BeatsPerCutLow : _options.BeatsPerCutMid;
        while (k * interval < _options.MinShotSeconds) k *= 2;
        return Math.Max(1, k);
    }
}
