using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Analysis;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Midi;
using MediaCreator.Modules.Audio.Tests.Support;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Analysis;

/// <summary>Compressed input, structure, task selection, progress, cancellation and bad input.</summary>
public sealed class MusicAnalysisBehaviourTests(ITestOutputHelper output)
{
    private readonly DspMusicAnalyzer _analyzer = new();

    [Fact]
    public async Task An_mp3_of_a_rendered_song_still_gives_its_tempo_key_and_chords()
    {
        var clip = SongClips.Build(seed: 5, feltBpm: 126, meter: "4/4", variant: 2);
        var audio = await new FluidSynthRenderer().RenderAsync(clip.Midi, 44100);
        using var folder = new ScratchFolder();
        var mp3 = folder.File("song.mp3");
        await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Mp3, mp3, new AudioEncodeOptions(BitrateKbps: 128));
        var decoded = await AudioDecoder.DecodeAsync(mp3);

        var result = _analyzer.Analyze(decoded, MusicAnalysisTasks.All, null, CancellationToken.None);

        output.WriteLine($"{clip.Name}: {result.Tempo?.Bpm} BPM, {result.Key?.Notation}, {result.TimeSignature?.Notation}, chords {AnalysisScores.ChordOverlap(result.Chords, clip.Chords):0.00}");
        Assert.Equal(44100, decoded.SampleRate);
        Assert.True(AnalysisScores.Accuracy1(result.Tempo!.Bpm, clip.TruthBpm), $"{result.Tempo.Bpm} vs {clip.TruthBpm}");
        Assert.Equal(clip.KeyNotation, result.Key!.Notation);
        Assert.Equal("4/4", result.TimeSignature!.Notation);
        Assert.True(AnalysisScores.ChordOverlap(result.Chords, clip.Chords) >= 0.8);
    }

    [Fact]
    public async Task Sections_of_a_structured_song_have_their_boundaries_and_the_repeated_loud_part_is_the_chorus()
    {
        // 120 BPM, 2 s bars: intro 4 bars (quiet, no drums), verse 8, chorus 8 (loud, melody), verse 8, chorus 8, outro 4.
        var midi = new MidiFile(120);
        var random = new Random(3);
        var tonic = 2; // D major
        (int, bool)[] intro = [(2, false), (7, false), (9, false), (2, false)];
        (int, bool)[] verse = [(11, true), (7, false), (2, false), (9, false)];
        (int, bool)[] chorus = [(2, false), (9, false), (11, true), (7, false)];
        var plan = new (string Name, (int, bool)[] Chords, int Bars, double Velocity, bool Drums, bool Melody)[]
        {
            ("intro", intro, 4, 0.45, false, false), ("verse", verse, 8, 0.7, true, false), ("chorus", chorus, 8, 1.15, true, true),
            ("verse", verse, 8, 0.7, true, false), ("chorus", chorus, 8, 1.15, true, true), ("outro", intro, 4, 0.45, false, false),
        };
        var bar = 0;
        var truth = new List<(string Name, double Start, double End)>();
        foreach (var part in plan)
        {
            var chords = Enumerable.Range(0, part.Bars).Select(i => part.Chords[i % part.Chords.Length]).ToList();
            SongClips.WriteParts(midi, "4/4", 4, chords, variant: 0, random, tonic, minor: false, velocityScale: part.Velocity,
                startBeat: bar * 4, drums: part.Drums, melody: part.Melody);
            truth.Add((part.Name, bar * 2.0, (bar + part.Bars) * 2.0));
            bar += part.Bars;
        }
        var audio = await new FluidSynthRenderer().RenderAsync(midi, 22050);

        var result = _analyzer.Analyze(audio, MusicAnalysisTasks.Sections | MusicAnalysisTasks.Energy, null, CancellationToken.None);

        foreach (var s in result.Sections) output.WriteLine($"{s.Label,-10} {s.Start,6:0.0} {s.End,6:0.0} ({s.Confidence:0.00})");
        var found = result.Sections.Skip(1).Select(s => s.Start).ToArray();
        foreach (var boundary in truth.Skip(1).Select(t => t.Start))
            Assert.Contains(found, f => Math.Abs(f - boundary) <= 2.0);
        Assert.True(found.Length <= truth.Count + 1, $"{found.Length} boundaries");
        foreach (var c in truth.Where(t => t.Name == "chorus"))
            Assert.Equal(SectionKind.Chorus, LabelAt(result.Sections, (c.Start + c.End) / 2));
        foreach (var v in truth.Where(t => t.Name == "verse"))
            Assert.Equal(SectionKind.Verse, LabelAt(result.Sections, (v.Start + v.End) / 2));
        Assert.Equal(SectionKind.Intro, result.Sections[0].Label);
        Assert.Equal(SectionKind.Outro, result.Sections[^1].Label);
        // The energy curve follows the arrangement: choruses louder than the intro.
        var chorusEnergy = result.Energy.Where(e => e.Time is > 26 and < 38).Average(e => e.Energy);
        var introEnergy = result.Energy.Where(e => e.Time is > 1 and < 7).Average(e => e.Energy);
        Assert.True(chorusEnergy > introEnergy + 0.1, $"{chorusEnergy:0.00} vs {introEnergy:0.00}");
        Assert.Null(result.Tempo);
        Assert.Empty(result.Chords);
    }

    [Fact]
    public void Only_the_requested_parts_are_returned_and_progress_reaches_one()
    {
        var audio = ClickChord(bpm: 120, seconds: 12);
        var reports = new List<AudioProgress>();
        var progress = new SynchronousProgress(reports.Add);

        var result = _analyzer.Analyze(audio, MusicAnalysisTasks.Bpm, progress, CancellationToken.None);

        Assert.NotNull(result.Tempo);
        Assert.InRange(result.Tempo.Bpm, 115.2, 124.8);
        Assert.Null(result.Key);
        Assert.Null(result.TimeSignature);
        Assert.Empty(result.Chords);
        Assert.Empty(result.Sections);
        Assert.Empty(result.Energy);
        Assert.NotNull(result.Loudness); // always measured
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.Fraction >= p.First.Fraction));
        Assert.Contains(reports, r => r.Message == "tempo and beats");
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => _analyzer.Analyze(ClickChord(100, 5), MusicAnalysisTasks.All, null, cts.Token));
    }

    [Fact]
    public void Audio_shorter_than_a_second_is_invalid_input()
    {
        var error = Assert.Throws<AudioProcessingException>(() =>
            _analyzer.Analyze(Signals.Mono(Signals.Sine(440, 0.5, 22050), 22050), MusicAnalysisTasks.All, null, CancellationToken.None));
        Assert.Equal("INVALID_INPUT", error.Code);
        Assert.Equal("dsp", _analyzer.Key);
    }

    [Fact]
    public void Silence_has_no_tempo_key_or_chords_and_minus_infinity_loudness()
    {
        var result = _analyzer.Analyze(AudioBuffer.Silence(48000, 2, 48000 * 4), MusicAnalysisTasks.All, null, CancellationToken.None);

        Assert.Null(result.Tempo);
        Assert.Null(result.Key);
        Assert.All(result.Chords, c => Assert.Equal("N", c.Chord));
        Assert.True(double.IsNegativeInfinity(result.Loudness!.IntegratedLufs));
        Assert.All(result.Energy, e => Assert.Equal(0, e.Energy));
    }

    private static SectionKind? LabelAt(IReadOnlyList<SectionSpan> sections, double time) =>
        sections.FirstOrDefault(s => s.Start <= time && time < s.End)?.Label;

    /// <summary>Decaying noise clicks at <paramref name="bpm"/> over a sustained A minor triad, 48 kHz stereo.</summary>
    private static AudioBuffer ClickChord(double bpm, double seconds)
    {
        const int rate = 48000;
        var chord = Signals.Sine(220, seconds, rate, 0.1);
        foreach (var f in (double[])[261.63, 329.63])
        {
            var tone = Signals.Sine(f, seconds, rate, 0.1);
            for (var i = 0; i < chord.Length; i++) chord[i] += tone[i];
        }
        var noise = Signals.Noise(seconds, rate, 0.6);
        var period = (int)Math.Round(rate * 60 / bpm);
        for (var i = 0; i < chord.Length; i++) chord[i] += noise[i] * MathF.Exp(-(i % period) / (0.01f * rate));
        return Signals.Stereo(chord, (float[])chord.Clone(), rate);
    }

    private sealed class SynchronousProgress(Action<AudioProgress> report) : IProgress<AudioProgress>
    {
        public void Report(AudioProgress value) => report(value);
    }
}
