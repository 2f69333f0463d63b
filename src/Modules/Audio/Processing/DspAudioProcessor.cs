using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Dsp;
using static System.FormattableString;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>
/// Built-in remaster and podcast engine (provider key <c>dsp</c>): applies the operations in list order with our own
/// DSP on float PCM: spectral noise reduction, RBJ-biquad EQ presets and bands, soft-knee RMS compression, split-band
/// de-essing, two-pass loudness normalization with a look-ahead true-peak limiter that measures after and corrects,
/// and sample-accurate cut / trim / join / fade / silence removal. Chapters move with the edits. Every step adds a note
/// saying what it did; loudness is measured (BS.1770-4) before and after.
/// </summary>
public sealed class DspAudioProcessor : IAudioProcessor
{
    public const string ProviderKey = "dsp";

    /// <summary>Crossfade at the junctions silence removal makes.</summary>
    private const double SilenceCrossfadeSeconds = 0.010;

    public string Key => ProviderKey;

    public Task<AudioProcessingResult> ApplyAsync(
        AudioBuffer input, IReadOnlyList<AudioOperationSpec> operations, IReadOnlyList<AudioChapter>? chapters,
        IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(operations);
        foreach (var operation in operations) Validate(operation, input.SampleRate);
        var chapterList = ValidateChapters(chapters ?? [], input.DurationSeconds);
        return Task.Run(() => Apply(input, operations, chapterList, progress, ct), ct);
    }

    private static AudioProcessingResult Apply(
        AudioBuffer input, IReadOnlyList<AudioOperationSpec> operations, List<AudioChapter> chapters,
        IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        var before = LoudnessMeter.Measure(input);
        var run = new Run(input.Clone(), chapters, progress, operations.Count + 1, ct);
        for (var i = 0; i < operations.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            run.Step = i;
            var operation = operations[i];
            switch (operation)
            {
                case NoiseReductionSpec nr: run.Denoise(nr.Strength, "noise reduction"); break;
                case EqualizeSpec eq: run.Equalize(Equalizer.Stages(eq), eq.Preset, "equalize"); break;
                case CompressSpec compress: run.Compress(compress); break;
                case DeEssSpec deEss: run.DeEss(deEss); break;
                case NormalizeSpec normalize: run.Normalize(normalize); break;
                case CutSpec cut: run.Cut(cut); break;
                case TrimSpec trim: run.Trim(trim); break;
                case JoinSpec join: run.Join(join); break;
                case FadeSpec fade: run.Fade(fade); break;
                case RemoveSilenceSpec silence: run.RemoveSilence(silence, "remove silence"); break;
                case CleanSpec clean:
                    if (clean.Denoise) run.Denoise(0.5, "clean/denoise");
                    run.Equalize(Equalizer.Preset(EqPresetKind.Voice), EqPresetKind.Voice, "clean/voice EQ");
                    if (clean.RemoveSilence) run.RemoveSilence(new RemoveSilenceSpec(), "clean/remove silence");
                    break;
                default:
                    throw new AudioProcessingException("UNSUPPORTED", $"The dsp processor does not know the operation {operation.GetType().Name}.");
            }
        }
        ct.ThrowIfCancellationRequested();
        run.Step = operations.Count;
        run.Report(0, "measuring loudness");
        var after = LoudnessMeter.Measure(run.Audio);
        progress?.Report(new AudioProgress(1, "done"));
        return new AudioProcessingResult(run.Audio, ChapterMap.Clamp(run.Chapters, run.Audio.DurationSeconds), before, after, run.Notes);
    }

    /// <summary>Static checks, before anything runs (ranges that depend on the running length are checked at their step).</summary>
    private static void Validate(AudioOperationSpec? operation, int rate)
    {
        switch (operation)
        {
            case null: throw Invalid("An operation is null.");
            case NoiseReductionSpec nr:
                Require(nr.Strength is >= 0 and <= 1, $"Noise reduction strength must be within 0..1 (got {nr.Strength}).");
                break;
            case EqualizeSpec eq:
                Require(eq.Preset is null || Enum.IsDefined(eq.Preset.Value), $"Unknown EQ preset {eq.Preset}.");
                Require(eq.Preset is not null || eq.Bands is { Count: > 0 }, "Equalize needs a preset or at least one band.");
                foreach (var band in eq.Bands ?? [])
                {
                    Require(band.FrequencyHz > 0 && band.FrequencyHz < rate / 2.0, $"EQ band frequency {band.FrequencyHz} Hz must be within 0..{rate / 2} Hz.");
                    Require(band.GainDb is >= -24 and <= 24, $"EQ band gain {band.GainDb} dB must be within -24..24 dB.");
                    Require(band.Q is >= 0.1 and <= 20, $"EQ band Q {band.Q} must be within 0.1..20.");
                }
                break;
            case CompressSpec c:
                Require(c.ThresholdDb is >= -80 and <= 0, $"Compressor threshold {c.ThresholdDb} dB must be within -80..0 dB.");
                Require(c.Ratio is >= 1 and <= 100, $"Compressor ratio {c.Ratio} must be within 1..100.");
                Require(c.AttackMs is > 0 and <= 1000, $"Compressor attack {c.AttackMs} ms must be within 0..1000 ms.");
                Require(c.ReleaseMs is > 0 and <= 5000, $"Compressor release {c.ReleaseMs} ms must be within 0..5000 ms.");
                Require(c.MakeupDb is >= -24 and <= 24, $"Compressor make-up {c.MakeupDb} dB must be within -24..24 dB.");
                break;
            case DeEssSpec d:
                Require(d.Strength is >= 0 and <= 1, $"De-esser strength must be within 0..1 (got {d.Strength}).");
                // Above 40% of the sample rate the band is pulled down to fit (16 kHz voice recordings).
                Require(d.FrequencyHz is >= 2000 and <= 16000, $"De-esser frequency {d.FrequencyHz} Hz must be within 2000..16000 Hz.");
                break;
            case NormalizeSpec n:
                Require(n.TargetLufs is >= -50 and <= -5, $"Loudness target {n.TargetLufs} LUFS must be within -50..-5 LUFS.");
                Require(n.TruePeakDb is >= -12 and <= 0, $"True-peak ceiling {n.TruePeakDb} dBTP must be within -12..0 dBTP.");
                break;
            case CutSpec cut:
                Require(double.IsFinite(cut.StartSeconds) && double.IsFinite(cut.EndSeconds) && cut.StartSeconds >= 0 && cut.StartSeconds < cut.EndSeconds,
                    $"Cut needs 0 <= start < end (got {cut.StartSeconds}..{cut.EndSeconds} s).");
                break;
            case TrimSpec trim:
                Require(double.IsFinite(trim.StartSeconds) && double.IsFinite(trim.EndSeconds) && trim.StartSeconds >= 0 && trim.StartSeconds < trim.EndSeconds,
                    $"Trim needs 0 <= start < end (got {trim.StartSeconds}..{trim.EndSeconds} s).");
                break;
            case JoinSpec join:
                Require(join.Parts is { Count: > 0 }, "Join needs at least one part.");
                foreach (var part in join.Parts) Require(part is { Length: > 0 }, "A join part is empty.");
                Require(join.CrossfadeSeconds is >= 0 and <= 60, $"Crossfade {join.CrossfadeSeconds} s must be within 0..60 s.");
                break;
            case FadeSpec fade:
                Require(fade.InSeconds >= 0 && fade.OutSeconds >= 0 && fade.InSeconds + fade.OutSeconds > 0, "Fade needs non-negative lengths, at least one above zero.");
                Require(Enum.IsDefined(fade.Shape), $"Unknown fade shape {fade.Shape}.");
                break;
            case RemoveSilenceSpec s:
                Require(s.ThresholdDb is >= -120 and < 0, $"Silence threshold {s.ThresholdDb} dB must be within -120..0 dB.");
                Require(s.MinSilenceSeconds is > 0 and <= 600, $"Minimum silence {s.MinSilenceSeconds} s must be within 0..600 s.");
                Require(s.MarginSeconds >= 0 && 2 * s.MarginSeconds < s.MinSilenceSeconds, "Silence margins must be non-negative and together shorter than the minimum silence.");
                break;
            case CleanSpec clean when clean.RemoveFillerWords:
                throw new AudioProcessingException("UNSUPPORTED",
                    "Removing filler words needs word timings from speech recognition, which the dsp processor does not have; run clean without RemoveFillerWords.");
        }
    }

    private static List<AudioChapter> ValidateChapters(IReadOnlyList<AudioChapter> chapters, double duration)
    {
        var result = new List<AudioChapter>();
        foreach (var chapter in chapters)
        {
            Require(chapter is not null, "A chapter is null.");
            Require(chapter!.StartSeconds >= 0 && chapter.StartSeconds < chapter.EndSeconds, $"Chapter '{chapter.Title}' needs 0 <= start < end.");
            Require(chapter.StartSeconds < duration, $"Chapter '{chapter.Title}' starts at {chapter.StartSeconds} s, after the audio's end ({duration:0.###} s).");
            result.Add(chapter with { EndSeconds = Math.Min(chapter.EndSeconds, duration) });
        }
        return result;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw Invalid(message);
    }

    private static AudioProcessingException Invalid(string message) => new("INVALID_INPUT", message);

    /// <summary>The state of one processing run: the audio so far, its chapters and notes.</summary>
    private sealed class Run(AudioBuffer audio, List<AudioChapter> chapters, IProgress<AudioProgress>? progress, int steps, CancellationToken ct)
    {
        public AudioBuffer Audio { get; private set; } = audio;

        public List<AudioChapter> Chapters { get; private set; } = chapters;

        public List<string> Notes { get; } = [];

        public int Step { get; set; }

        private int Rate => Audio.SampleRate;

        public void Report(double fraction, string message) =>
            progress?.Report(new AudioProgress(Math.Clamp((Step + fraction) / steps, 0, 1), message));

        private StepProgress? Sub(string message) => progress is null ? null : new StepProgress(f => Report(f, message));

        public void Denoise(double strength, string name)
        {
            Report(0, name);
            var r = NoiseReducer.Apply(Audio, strength, Sub(name), ct);
            Notes.Add(double.IsNegativeInfinity(r.NoiseFloorDbfs)
                ? $"{name}: digital silence, nothing to reduce"
                : Invariant($"{name}: strength {strength:0.00}, noise profile from the quietest {r.ProfileSeconds:0.0} s (floor {r.NoiseFloorDbfs:0.0} dBFS), gain reduction mean {r.MeanReductionDb:0.0} dB, max {r.MaxReductionDb:0.0} dB"));
        }

        public void Equalize(IReadOnlyList<EqStage> stages, EqPresetKind? preset, string name)
        {
            Report(0, name);
            Equalizer.Apply(Audio, stages);
            var label = preset is { } p ? p.ToString().ToUpperInvariant() + ": " : "";
            Notes.Add($"{name}: {label}{string.Join(", ", stages)}");
        }

        public void Compress(CompressSpec spec)
        {
            Report(0, "compress");
            var r = Compressor.Apply(Audio, spec, ct);
            Notes.Add(Invariant($"compress: threshold {spec.ThresholdDb:0.#} dB, ratio {spec.Ratio:0.##}:1, soft knee 6 dB, attack {spec.AttackMs:0.#} ms, release {spec.ReleaseMs:0.#} ms, gain reduction max {r.MaxGainReductionDb:0.0} dB (mean {r.MeanGainReductionDb:0.0} dB), make-up {spec.MakeupDb:+0.0;-0.0} dB"));
        }

        public void DeEss(DeEssSpec spec)
        {
            Report(0, "de-ess");
            var r = DeEsser.Apply(Audio, spec, ct);
            Notes.Add(Invariant($"de-ess: {r.CentreHz:0} Hz band, strength {spec.Strength:0.00}, cut up to {r.MaxReductionDb:0.0} dB, active {r.SecondsActive:0.00} s"));
        }

        public void Normalize(NormalizeSpec spec)
        {
            Report(0, "normalize");
            var (output, r) = LoudnessNormalizer.Apply(Audio, spec, Sub("normalize"), ct);
            Audio = output;
            if (double.IsNegativeInfinity(r.InputLufs))
            {
                Notes.Add("normalize: the audio is silent (below the -70 LUFS gate); left unchanged");
                return;
            }
            var note = Invariant($"normalize: {r.InputLufs:0.0} → {r.OutputLufs:0.0} LUFS, gain {r.GainDb:+0.0;-0.0} dB, limiter {r.LimiterDb:0.0} dB, true peak {r.OutputTruePeakDb:0.0} dBTP (ceiling {spec.TruePeakDb:0.0}), {r.Passes} pass(es)");
            if (!r.Reached) note += Invariant($"; the target {spec.TargetLufs:0.0} LUFS could not be met within the ceiling, closest kept");
            Notes.Add(note);
        }

        public void Cut(CutSpec spec)
        {
            Report(0, "cut");
            var (start, end) = Range(spec.StartSeconds, spec.EndSeconds, "Cut");
            Require(start > 0 || end < Audio.Length, "The cut would remove all the audio.");
            var kept = new List<Segment>();
            if (start > 0) kept.Add(new Segment(0, start));
            if (end < Audio.Length) kept.Add(new Segment(end, Audio.Length));
            Splice(kept, Declick);
            Notes.Add(Invariant($"cut: removed {(double)start / Rate:0.000}–{(double)end / Rate:0.000} s ({(double)(end - start) / Rate:0.000} s), {Audio.DurationSeconds:0.000} s left"));
        }

        public void Trim(TrimSpec spec)
        {
            Report(0, "trim");
            var (start, end) = Range(spec.StartSeconds, spec.EndSeconds, "Trim");
            Splice([new Segment(start, end)], Declick);
            Notes.Add(Invariant($"trim: kept {(double)start / Rate:0.000}–{(double)end / Rate:0.000} s ({Audio.DurationSeconds:0.000} s)"));
        }

        public void Join(JoinSpec spec)
        {
            Report(0, "join");
            var crossfade = (int)Math.Round(spec.CrossfadeSeconds * Rate);
            var details = new List<string>();
            var added = 0.0;
            foreach (var part in spec.Parts)
            {
                ct.ThrowIfCancellationRequested();
                var matched = Edits.Match(part, Rate, Audio.ChannelCount);
                if (part.SampleRate != Rate) details.Add(Invariant($"resampled {part.SampleRate}→{Rate} Hz"));
                if (part.ChannelCount != Audio.ChannelCount) details.Add(Invariant($"{part.ChannelCount}→{Audio.ChannelCount} channel(s)"));
                Require(crossfade <= Math.Min(Audio.Length, matched.Length),
                    Invariant($"The crossfade ({spec.CrossfadeSeconds:0.###} s) is longer than a joined clip."));
                Audio = Edits.Join(Audio, matched, crossfade);
                added += matched.DurationSeconds;
            }
            var extra = details.Count > 0 ? "; " + string.Join(", ", details.Distinct()) : "";
            Notes.Add(Invariant($"join: {spec.Parts.Count} part(s) appended ({added:0.000} s), equal-power crossfade {spec.CrossfadeSeconds:0.000} s, {Audio.DurationSeconds:0.000} s in all{extra}"));
        }

        public void Fade(FadeSpec spec)
        {
            Report(0, "fade");
            Require(spec.InSeconds <= Audio.DurationSeconds && spec.OutSeconds <= Audio.DurationSeconds,
                Invariant($"Fades ({spec.InSeconds:0.###} s in, {spec.OutSeconds:0.###} s out) must fit in the audio ({Audio.DurationSeconds:0.###} s)."));
            var fadeIn = (int)Math.Round(spec.InSeconds * Rate);
            var fadeOut = (int)Math.Round(spec.OutSeconds * Rate);
            foreach (var channel in Audio.Channels)
            {
                Edits.FadeIn(channel, fadeIn, spec.Shape);
                Edits.FadeOut(channel, fadeOut, spec.Shape);
            }
            Notes.Add(Invariant($"fade: in {spec.InSeconds:0.000} s, out {spec.OutSeconds:0.000} s ({spec.Shape})"));
        }

        public void RemoveSilence(RemoveSilenceSpec spec, string name)
        {
            Report(0, name);
            var silences = SilenceFinder.Silences(Audio, spec.ThresholdDb, ct);
            var minimum = (int)Math.Round(spec.MinSilenceSeconds * Rate);
            var kept = SilenceFinder.KeptSegments(Audio.Length, silences, minimum, (int)Math.Round(spec.MarginSeconds * Rate));
            var before = Audio.DurationSeconds;
            var shortened = 0;
            foreach (var silence in silences) if (silence.Length >= minimum) shortened++;
            if (kept.Count != 1 || kept[0] != new Segment(0, Audio.Length))
                Splice(kept, (int)Math.Round(SilenceCrossfadeSeconds * Rate));
            Notes.Add(Invariant($"{name}: {shortened} of {silences.Count} silence(s) below {spec.ThresholdDb:0.#} dB lasting {spec.MinSilenceSeconds:0.00} s or more shortened to {spec.MarginSeconds:0.00} s margins, {before - Audio.DurationSeconds:0.000} s removed"));
        }

        private int Declick => (int)Math.Round(Edits.DeclickSeconds * Rate);

        private void Splice(IReadOnlyList<Segment> kept, int crossfade)
        {
            Chapters = ChapterMap.ThroughSplice(Chapters, kept, Rate);
            Audio = Edits.Splice(Audio, kept, crossfade);
        }

        /// <summary>Seconds to samples, checked against the current audio (1 ms of slack past the end is clamped).</summary>
        private (int Start, int End) Range(double startSeconds, double endSeconds, string what)
        {
            var duration = Audio.DurationSeconds;
            Require(startSeconds < duration && endSeconds <= duration + 0.001,
                Invariant($"{what} range {startSeconds:0.###}–{endSeconds:0.###} s is outside the audio (0–{duration:0.###} s at this step)."));
            var start = (int)Math.Round(startSeconds * Rate);
            var end = Math.Min(Audio.Length, (int)Math.Round(endSeconds * Rate));
            Require(start < end, Invariant($"{what} range {startSeconds:0.###}–{endSeconds:0.###} s is empty."));
            return (start, end);
        }
    }

    /// <summary>Synchronous progress relay (System.Progress would post late and out of order).</summary>
    private sealed class StepProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
