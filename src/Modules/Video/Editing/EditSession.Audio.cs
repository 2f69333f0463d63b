using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

// Operations on the sound: music with ducking, loudness normalization.
internal sealed partial class EditSession
{
    private void AddAudioTrack(AddAudioTrackEdit edit)
    {
        if (!File.Exists(edit.AudioPath)) throw new VideoProcessingException("INVALID_INPUT", $"The audio track '{Path.GetFileName(edit.AudioPath)}' does not exist.");
        if (edit.Volume is < 0 or > 4 || edit.Start < 0)
            throw new VideoProcessingException("INVALID_INPUT", "add_music needs a volume within 0..4 and start >= 0.");
        var g = _graph;
        var input = edit.Loop ? g.AddInput(edit.AudioPath, "-stream_loop", "-1") : g.AddInput(edit.AudioPath);
        var delay = edit.Start > 0 ? $",adelay={N(edit.Start * 1000)}:all=1" : "";
        var music = g.Label("m");
        g.AddAudio($"[{input}:a]{g.AudioFormat},asetpts=PTS-STARTPTS,volume={N(edit.Volume)}{delay},apad,atrim=end={N(g.Duration)}[{music}]");
        if (g.Audio is null)
        {
            g.Audio = music;
            g.Modified = true;
            return;
        }
        string voice = g.Audio, mixed = g.Label("a");
        if (edit.DuckUnderSpeech)
        {
            // The original sound keys a compressor on the music: about -18 dB while someone speaks, released in 0.4 s.
            string main = g.Label("d"), key = g.Label("d"), ducked = g.Label("d");
            g.AddAudio($"[{voice}]asplit=2[{main}][{key}];[{music}][{key}]sidechaincompress=threshold=0.02:ratio=12:attack=15:release=400[{ducked}]");
            (voice, music) = (main, ducked);
        }
        g.AddAudio($"[{voice}][{music}]amix=inputs=2:duration=first:normalize=0[{mixed}]");
        g.Audio = mixed;
        g.Modified = true;
    }

    private async Task NormalizeAsync(NormalizeAudioEdit edit)
    {
        if (edit.TargetLufs is < -70 or > -5 || edit.TruePeakDb is < -9 or > 0)
            throw new VideoProcessingException("INVALID_INPUT", "normalize_audio needs a target within -70..-5 LUFS and a true-peak ceiling within -9..0 dBTP.");
        if (_graph.Audio is null) throw new VideoProcessingException("INVALID_INPUT", "normalize_audio needs an audio track and the video has none.");
        var (loudness, peak) = await MeasureLoudnessAsync("", _analysis.Stage(0, 0.5));
        if (loudness <= -69) throw new VideoProcessingException("INVALID_INPUT", "normalize_audio: the audio is silent.");
        var gain = edit.TargetLufs - loudness;
        // A limiter only where the gained true peak would pass the ceiling; it works on samples, so it aims 0.5 dB lower.
        string Chain(double g) => peak + g > edit.TruePeakDb
            ? $"volume={N(g)}dB,alimiter=limit={N(Math.Max(0.0625, Math.Pow(10, (edit.TruePeakDb - 0.5) / 20)))}:level=0:latency=1:attack=2:release=60"
            : $"volume={N(g)}dB";
        if (peak + gain > edit.TruePeakDb)
        {
            // Limiting takes some loudness away: measure the limited result once and make up the difference.
            var (limited, _) = await MeasureLoudnessAsync(Chain(gain), _analysis.Stage(0.5, 1));
            gain += edit.TargetLufs - limited;
        }
        _graph.AudioChain(Chain(gain));
    }

    /// <summary>Integrated loudness (LUFS) and true peak (dBTP) of the graph's audio followed by <paramref name="chain"/>.</summary>
    private async Task<(double Lufs, double TruePeakDb)> MeasureLoudnessAsync(string chain, IProgress<VideoProgress> stage)
    {
        var g = _graph;
        var file = ScratchPath("loudness", ".txt");
        var pre = chain.Length > 0 ? chain + "," : "";
        var args = g.InputArguments(video: false, audio: true,
            $"[{g.Audio}]{pre}ebur128=metadata=1:peak=true,ametadata=mode=print:file={PathValue(file)}[meter]");
        args.AddRange(["-map", "[meter]", "-f", "null", "-"]);
        await FfmpegRun.RunAsync(args, g.Duration, stage, "measure loudness", ct);
        double lufs = -70, peak = double.NegativeInfinity;
        foreach (var line in await File.ReadAllLinesAsync(file, ct))
        {
            if (Value(line, "lavfi.r128.I=") is { } i) lufs = i;
            else if (Value(line, "lavfi.r128.true_peak=") is { } p) peak = Math.Max(peak, p);
        }
        File.Delete(file);
        return (lufs, peak > 0 ? 20 * Math.Log10(peak) : -120);
    }

    private static double? Value(string line, string key) =>
        line.StartsWith(key, StringComparison.Ordinal) && double.TryParse(line.AsSpan(key.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
