using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>
/// The built-in music analyzer (provider key <c>dsp</c>): published DSP methods on our own STFT, no model.
/// The input (any rate, any channel count) is averaged to mono and decimated to ~22 kHz; then
/// <list type="bullet">
/// <item>tempo and beats: spectral-flux onset envelope on a log mel spectrogram, generalized autocorrelation tempogram
/// with a log-normal prior around 120 BPM, Ellis' dynamic-programming beat tracker (<see cref="BeatTracker"/>);</item>
/// <item>time signature 4/4, 3/4 or 6/8 from beat subdivision and bar-position salience (<see cref="MeterFinder"/>).
/// For 6/8 the tempo and beat times are those of the dotted quarter (two beats per bar), the felt pulse;</item>
/// <item>key with key profiles on a tuning-corrected peak chroma (<see cref="KeyFinder"/>);</item>
/// <item>chords: beat-synchronous chroma, 24 major/minor triads + N, HMM/Viterbi (<see cref="ChordRecognizer"/>);</item>
/// <item>sections: self-similarity, Foote novelty, repetition clustering and labelling (<see cref="SectionFinder"/>);</item>
/// <item>energy: RMS every 0.5 s in dB, mapped to 0..1 over the 40 dB below the loudest window; loudness (integrated
/// LUFS, range, true peak) with <see cref="LoudnessMeter"/> on the original audio, always.</item>
/// </list>
/// Stateless and thread-safe; progress goes through the stages with fractions; the token is honoured between and within stages.
/// </summary>
public sealed class DspMusicAnalyzer : IMusicAnalyzer
{
    /// <summary>Energy curve resolution in seconds.</summary>
    public const double EnergyStepSeconds = 0.5;

    private const double EnergyRangeDb = 40;

    public string Key => "dsp";

    public MusicAnalysisResult Analyze(AudioBuffer audio, MusicAnalysisTasks tasks, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (audio.DurationSeconds < 1)
            throw new AudioProcessingException("INVALID_INPUT", "Music analysis needs at least one second of audio.");
        ct.ThrowIfCancellationRequested();
        var duration = audio.DurationSeconds;
        void Report(double fraction, string message) => progress?.Report(new AudioProgress(Math.Clamp(fraction, 0, 1), message));

        Report(0, "preparing");
        // Loudness (K-weighting, gating, 4x true peak) works on the original audio and runs beside the rest.
        var loudnessTask = Task.Run(() => LoudnessMeter.Measure(audio), CancellationToken.None);
        var (samples, rate) = AnalysisSignal.Prepare(audio, ct);

        var needBeats = (tasks & (MusicAnalysisTasks.Bpm | MusicAnalysisTasks.TimeSignature | MusicAnalysisTasks.Chords | MusicAnalysisTasks.Sections)) != 0;
        var needChroma = (tasks & (MusicAnalysisTasks.Key | MusicAnalysisTasks.TimeSignature | MusicAnalysisTasks.Chords | MusicAnalysisTasks.Sections)) != 0;
        SpectralFeatures? features = null;
        if (needBeats || needChroma)
        {
            Report(0.05, "spectrogram");
            features = SpectralFeatures.Compute(samples, rate, needChroma, p => Report(0.05 + 0.55 * p, "spectrogram"), ct);
        }

        BeatGrid? grid = null;
        if (needBeats && features is not null)
        {
            Report(0.6, "tempo and beats");
            grid = BeatTracker.Track(features.Onset, features.OnsetRate, ct);
        }
        var beatTimes = grid?.Beats.Select(b => features!.OnsetTime(b)).ToArray() ?? [];
        var bounds = grid is { Beats.Length: >= 4 } ? BeatSync.Boundaries(beatTimes, duration) : FixedBounds(duration, 0.5);
        float[][] beatChroma = features is { Chroma.Length: > 0 } ? BeatSync.Mean(features.Chroma, features.ChromaRate, bounds) : [];

        TempoEstimate? tempo = null;
        if ((tasks & MusicAnalysisTasks.Bpm) != 0 && grid is not null)
            tempo = new TempoEstimate(Math.Round(grid.Bpm, 2), Math.Round(grid.Confidence, 3), beatTimes.Select(t => Math.Round(t, 3)).ToArray());

        MeterEstimate? meter = null;
        if ((tasks & MusicAnalysisTasks.TimeSignature) != 0 && grid is not null && features is not null)
        {
            Report(0.68, "time signature");
            meter = MeterFinder.Estimate(features, grid, beatChroma).Meter;
        }

        IReadOnlyList<ChordSpan> chords = [];
        if ((tasks & (MusicAnalysisTasks.Chords | MusicAnalysisTasks.Key)) != 0 && features is not null)
        {
            Report(0.72, "chords");
            chords = ChordRecognizer.Recognize(features, bounds, ct);
        }

        KeyEstimate? key = null;
        if ((tasks & MusicAnalysisTasks.Key) != 0 && features is not null)
        {
            Report(0.8, "key");
            key = KeyFinder.Estimate(features.Chroma, features.BassChroma, chords);
        }
        if ((tasks & MusicAnalysisTasks.Chords) == 0) chords = [];

        IReadOnlyList<SectionSpan> sections = [];
        if ((tasks & MusicAnalysisTasks.Sections) != 0 && features is not null)
        {
            Report(0.84, "sections");
            sections = SectionFinder.Find(features, bounds, beatChroma, SpanLevelsDb(samples, rate, bounds), ct);
        }

        IReadOnlyList<EnergySample> energy = [];
        if ((tasks & MusicAnalysisTasks.Energy) != 0)
        {
            Report(0.95, "energy");
            energy = EnergyCurve(samples, rate);
        }
        Report(0.97, "loudness");
        var loudness = loudnessTask.GetAwaiter().GetResult();
        Report(1, "done");
        return new MusicAnalysisResult(duration, tempo, key, meter, chords, sections, energy, loudness);
    }

    private static double[] FixedBounds(double duration, double step)
    {
        var count = Math.Max(1, (int)Math.Ceiling(duration / step));
        var bounds = new double[count + 1];
        for (var i = 0; i < count; i++) bounds[i] = i * step;
        bounds[count] = duration;
        return bounds;
    }

    private static double LevelDb(ReadOnlySpan<float> span)
    {
        double sum = 0;
        foreach (var s in span) sum += s * s;
        var rms = span.Length > 0 ? Math.Sqrt(sum / span.Length) : 0;
        return rms > 1e-6 ? 20 * Math.Log10(rms) : -120;
    }

    /// <summary>RMS level (dB) of each span between boundaries.</summary>
    private static double[] SpanLevelsDb(float[] samples, int rate, double[] bounds)
    {
        var levels = new double[bounds.Length - 1];
        for (var i = 0; i < levels.Length; i++)
        {
            var start = Math.Clamp((int)(bounds[i] * rate), 0, samples.Length);
            var end = Math.Clamp((int)(bounds[i + 1] * rate), start, samples.Length);
            levels[i] = LevelDb(samples.AsSpan(start, end - start));
        }
        return levels;
    }

    private static EnergySample[] EnergyCurve(float[] samples, int rate)
    {
        var window = Math.Max(1, (int)Math.Round(EnergyStepSeconds * rate));
        var count = (samples.Length + window - 1) / window;
        var levels = new double[count];
        var loudest = -120.0;
        for (var i = 0; i < count; i++)
        {
            var start = i * window;
            levels[i] = LevelDb(samples.AsSpan(start, Math.Min(window, samples.Length - start)));
            loudest = Math.Max(loudest, levels[i]);
        }
        var result = new EnergySample[count];
        for (var i = 0; i < count; i++)
        {
            var start = i * window;
            var centre = (start + Math.Min(window, samples.Length - start) / 2.0) / rate;
            var value = loudest <= -120 ? 0 : Math.Clamp((levels[i] - (loudest - EnergyRangeDb)) / EnergyRangeDb, 0, 1);
            result[i] = new EnergySample(Math.Round(centre, 3), Math.Round(value, 4));
        }
        return result;
    }
}
