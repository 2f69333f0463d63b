using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

// Operations that change the timeline: silence cutting, removed ranges, trim, concat, speed.
internal sealed partial class EditSession
{
    private static readonly string[] XfadeStyles =
    [
        "fade", "wipeleft", "wiperight", "wipeup", "wipedown", "slideleft", "slideright", "slideup", "slidedown", "circlecrop",
        "rectcrop", "distance", "fadeblack", "fadewhite", "radial", "smoothleft", "smoothright", "smoothup", "smoothdown",
        "circleopen", "circleclose", "vertopen", "vertclose", "horzopen", "horzclose", "dissolve", "pixelize", "diagtl",
        "diagtr", "diagbl", "diagbr", "hlslice", "hrslice", "vuslice", "vdslice", "hblur", "fadegrays", "wipetl", "wipetr",
        "wipebl", "wipebr", "squeezeh", "squeezev", "zoomin",
    ];

    /// <summary>Silence windows are 10 ms: fine enough for the padding margins, coarse enough to ignore waveform zero crossings.</summary>
    private const double SilenceWindow = 0.01;

    internal static string TransitionStyle(string? style)
    {
        var s = string.IsNullOrWhiteSpace(style) ? "fade" : style.Trim().ToLowerInvariant();
        return XfadeStyles.Contains(s) ? s
            : throw new VideoProcessingException("INVALID_INPUT", $"Unknown transition '{style}'. Use one of: {string.Join(", ", XfadeStyles)}.");
    }

    private async Task CutSilenceAsync(AutoCutSilenceEdit edit)
    {
        if (edit.MinSilenceMs <= 0 || edit.PaddingMs < 0 || edit.ThresholdDb >= 0)
            throw new VideoProcessingException("INVALID_INPUT", "auto_cut_silence needs minSilenceMs > 0, paddingMs >= 0 and a threshold below 0 dBFS.");
        var envelope = await AudioEnvelopeAsync("auto_cut_silence", SilenceWindow);
        var silences = envelope.Silences(edit.ThresholdDb, edit.MinSilenceMs / 1000.0);
        var keep = AudioEnvelope.KeepRanges(silences, _graph.Duration, edit.PaddingMs / 1000.0);
        if (keep.Count == 0) throw new VideoProcessingException("INVALID_INPUT", $"The whole video is quieter than {edit.ThresholdDb} dBFS: nothing would be left.");
        Cuts.Keep(_graph, keep, _autoTransition);
    }

    private void RemoveRanges(RemoveRangesEdit edit)
    {
        if (edit.Ranges.Any(r => r.Start < 0 || r.End <= r.Start))
            throw new VideoProcessingException("INVALID_INPUT", "remove_ranges needs ranges with 0 <= start < end.");
        var sorted = edit.Ranges.OrderBy(r => r.Start).ToList();
        Cuts.Keep(_graph, AudioEnvelope.KeepRanges(sorted, _graph.Duration, 0), _autoTransition);
    }

    private void Trim(TrimEdit edit)
    {
        if (edit.Start < 0 || edit.End <= edit.Start || edit.Start >= _graph.Duration)
            throw new VideoProcessingException("INVALID_INPUT", $"trim {N(edit.Start)}..{N(edit.End)} is outside the {N(_graph.Duration)} s video.");
        Cuts.Keep(_graph, [new TimeRange(edit.Start, Math.Min(edit.End, _graph.Duration))], null);
    }

    private async Task ConcatAsync(ConcatEdit edit)
    {
        if (edit.ClipPaths.Count == 0) throw new VideoProcessingException("INVALID_INPUT", "concat needs at least one clip.");
        var transition = edit.Transition is not null ? new Transition(TransitionStyle(edit.Transition), edit.TransitionMs / 1000.0) : _autoTransition;
        var g = _graph;
        var clips = new List<(int Input, VideoInfo Info)>();
        foreach (var path in edit.ClipPaths)
            clips.Add((g.AddInput(path), await FfmpegVideoEditor.ProbeSourceAsync(path, ct)));
        var withAudio = g.Audio is not null || clips.Any(c => c.Info.HasAudio);
        var segments = new List<Segment> { new(g.Video, g.Audio ?? (withAudio ? Silence(g.Duration) : null), g.Duration) };
        foreach (var (input, info) in clips)
        {
            var v = g.Label("c");
            g.AddVideo($"[{input}:v]setpts=PTS-STARTPTS,scale={g.Width}:{g.Height}:force_original_aspect_ratio=decrease:force_divisible_by=2," +
                       $"pad={g.Width}:{g.Height}:(ow-iw)/2:(oh-ih)/2:black,setsar=1,fps={N(g.Fps)},format=yuv420p[{v}]");
            var duration = Math.Round(info.DurationSeconds * g.Fps) / g.Fps;
            string? a = null;
            if (info.HasAudio)
            {
                a = g.Label("c");
                g.AddAudio($"[{input}:a]{g.AudioFormat},asetpts=PTS-STARTPTS,apad,atrim=end={N(duration)}[{a}]");
            }
            else if (withAudio) a = Silence(duration);
            segments.Add(new Segment(v, a, duration));
        }
        if (g.Audio is null && withAudio) g.Audio = segments[0].Audio;
        Cuts.Join(g, segments, transition);
    }

    private string Silence(double seconds)
    {
        var label = _graph.Label("z");
        _graph.AddAudio($"anullsrc=r={_graph.SampleRate}:cl=stereo,atrim=end={N(seconds)},{_graph.AudioFormat}[{label}]");
        return label;
    }

    private void Speed(SpeedEdit edit)
    {
        if (edit.Factor is < 0.25 or > 4 || double.IsNaN(edit.Factor))
            throw new VideoProcessingException("INVALID_INPUT", $"speed {N(edit.Factor)} is outside 0.25..4.");
        var g = _graph;
        g.VideoChain($"setpts=PTS/{N(edit.Factor)},fps={N(g.Fps)}");
        // atempo takes 0.5..100 per instance: below 0.5 the factor is split into two equal steps.
        g.AudioChain(edit.Factor < 0.5
            ? $"atempo={N(Math.Sqrt(edit.Factor))},atempo={N(Math.Sqrt(edit.Factor))}"
            : $"atempo={N(edit.Factor)}");
        g.Duration /= edit.Factor;
    }
}
