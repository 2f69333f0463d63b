using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Processing;
using MediaCreator.Modules.Audio.Tests.Support;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Processing;

/// <summary>Cut, trim, join, fade, silence removal, chapters, encoding, validation, progress and cancellation.</summary>
[Collection(ProcessingCollection.Name)]
public sealed class EditTests(ProcessingClips clips, ITestOutputHelper output)
{
    private const int Rate = 48000;
    private readonly DspAudioProcessor _processor = new();

    [Fact]
    public async Task Cut_removes_exactly_its_range_and_the_rest_is_the_source_sample_for_sample()
    {
        var input = clips.Music;
        var chapters = new[] { new AudioChapter(0, 2, "Intro"), new AudioChapter(2, 3.5, "Gone"), new AudioChapter(3.5, 10, "Main") };

        var result = await _processor.ApplyAsync(input, [new CutSpec(2.0, 3.5)], chapters, null, CancellationToken.None);

        var start = 2 * Rate;
        var end = (int)(3.5 * Rate);
        Assert.Equal(input.Length - (end - start), result.Audio.Length);
        var declick = (int)(Edits.DeclickSeconds * Rate);
        for (var c = 0; c < 2; c++)
        {
            // Before the de-click crossfade and from the junction on: identical samples.
            for (var i = 0; i < start - declick; i += 7) Assert.Equal(input.Channels[c][i], result.Audio.Channels[c][i]);
            for (var i = start; i < result.Audio.Length; i += 7) Assert.Equal(input.Channels[c][i + end - start], result.Audio.Channels[c][i]);
        }
        // The junction is continuous: the crossfade's last sample lands next to the first kept one.
        Assert.True(Math.Abs(result.Audio.Channels[0][start - 1] - input.Channels[0][end - 1]) < 0.05);
        Assert.Equal(["Intro", "Main"], result.Chapters.Select(ch => ch.Title));
        Assert.Equal(2.0, result.Chapters[1].StartSeconds, 6);
        Assert.Equal(8.5, result.Chapters[1].EndSeconds, 6);
        Assert.Equal("cut: removed 2.000–3.500 s (1.500 s), 8.500 s left", result.Notes[0]);
    }

    [Fact]
    public async Task Trim_keeps_exactly_its_range_with_short_edge_fades_and_moves_chapters()
    {
        var input = clips.Music;
        var chapters = new[] { new AudioChapter(0, 4, "A"), new AudioChapter(4, 10, "B") };

        var result = await _processor.ApplyAsync(input, [new TrimSpec(1.25, 7.5)], chapters, null, CancellationToken.None);

        var start = (int)(1.25 * Rate);
        Assert.Equal((int)(7.5 * Rate) - start, result.Audio.Length);
        var declick = (int)(Edits.DeclickSeconds * Rate);
        Assert.Equal(0f, result.Audio.Channels[0][0]);
        Assert.Equal(0f, result.Audio.Channels[1][^1]);
        for (var i = declick; i < result.Audio.Length - declick; i += 5) Assert.Equal(input.Channels[1][start + i], result.Audio.Channels[1][i]);
        Assert.Equal([(0.0, 2.75, "A"), (2.75, 6.25, "B")], result.Chapters.Select(ch => (Math.Round(ch.StartSeconds, 6), Math.Round(ch.EndSeconds, 6), ch.Title)));
    }

    [Fact]
    public async Task Join_appends_with_an_equal_power_crossfade_and_matches_rate_and_channels()
    {
        var first = clips.Music.Slice(0, 3 * Rate);
        // A mono 22.05 kHz part: resampled to 48 kHz and copied to both channels.
        var part = Signals.Mono(Signals.Sine(440, 2, 22050, 0.3), 22050);
        var crossfade = (int)(0.5 * Rate);

        var result = await _processor.ApplyAsync(first, [new JoinSpec([part], 0.5)], [new AudioChapter(0, 3, "First")], null, CancellationToken.None);

        Assert.Equal(3 * Rate + 2 * Rate - crossfade, result.Audio.Length);
        Assert.Equal(2, result.Audio.ChannelCount);
        var offset = 3 * Rate - crossfade;
        for (var i = 0; i < crossfade; i += 101)
        {
            var angle = Math.PI / 2 * (i + 0.5) / crossfade;
            var expected = first.Channels[0][offset + i] * Math.Cos(angle) + 0.3 * Math.Sin(2 * Math.PI * 440 * i / Rate) * Math.Sin(angle);
            Assert.Equal(expected, result.Audio.Channels[0][offset + i], 2);
        }
        // After the crossfade the part plays on: a 440 Hz tone at 0.3 (RMS 0.212) in both channels.
        var tail = result.Audio.Channels[1].AsSpan(3 * Rate + Rate / 4, Rate / 2);
        Assert.InRange(Signals.Rms(tail), 0.208, 0.216);
        Assert.Equal(result.Audio.Channels[0][4 * Rate], result.Audio.Channels[1][4 * Rate]);
        Assert.Equal(0.3 * Math.Sin(2 * Math.PI * 440 * (4 * Rate - offset) / (double)Rate), result.Audio.Channels[0][4 * Rate], 2);
        Assert.Equal("First", Assert.Single(result.Chapters).Title);
        Assert.Contains("resampled 22050→48000 Hz", result.Notes[0]);
    }

    [Fact]
    public async Task Join_crossfade_of_uncorrelated_material_keeps_the_level()
    {
        var a = Signals.Mono(Signals.Noise(2, Rate, 0.3, 1), Rate);
        var b = Signals.Mono(Signals.Noise(2, Rate, 0.3, 2), Rate);

        var result = await _processor.ApplyAsync(a, [new JoinSpec([b], 1.0)], null, null, CancellationToken.None);

        Assert.Equal(3 * Rate, result.Audio.Length);
        var reference = Signals.Rms(a.Channels[0]);
        for (var start = Rate; start < 2 * Rate; start += Rate / 10)
            Assert.InRange(Signals.Rms(result.Audio.Channels[0].AsSpan(start, Rate / 10)) / reference, 0.93, 1.07);
    }

    [Theory]
    [InlineData(FadeShape.Linear)]
    [InlineData(FadeShape.QuarterSine)]
    [InlineData(FadeShape.SCurve)]
    [InlineData(FadeShape.Logarithmic)]
    public async Task Fade_curves_have_their_values(FadeShape shape)
    {
        var input = Signals.Mono(Enumerable.Repeat(0.5f, 4 * Rate).ToArray(), Rate);

        var result = await _processor.ApplyAsync(input, [new FadeSpec(1, 2, shape)], null, null, CancellationToken.None);

        var s = result.Audio.Channels[0];
        double Expected(double u) => 0.5 * shape switch
        {
            FadeShape.Linear => u,
            FadeShape.SCurve => 0.5 - 0.5 * Math.Cos(Math.PI * u),
            FadeShape.Logarithmic => Math.Pow(10, -3 * (1 - u)),
            _ => Math.Sin(Math.PI / 2 * u),
        };
        Assert.Equal(0, s[0]);
        Assert.Equal(Expected(0.25), s[Rate / 4], 5);
        Assert.Equal(Expected(0.5), s[Rate / 2], 5);
        Assert.Equal(0.5, s[Rate], 6);
        Assert.Equal(0.5, s[2 * Rate - 1], 6);
        Assert.Equal(Expected(0.5), s[^(Rate + 1)], 5);
        Assert.Equal(Expected(0.1), s[^((int)(0.2 * Rate) + 1)], 5);
        Assert.Equal(0, s[^1]);
    }

    [Fact]
    public async Task Silence_removal_shortens_the_long_gaps_to_the_margins_and_moves_chapters()
    {
        // tone 2 s | silence 1.5 s | tone 1 s | silence 0.3 s (kept: shorter than the minimum) | tone 1 s | silence 2 s
        var sections = new (double Seconds, bool Tone)[] { (2, true), (1.5, false), (1, true), (0.3, false), (1, true), (2, false) };
        var samples = new List<float>();
        var low = Signals.Noise(8, Rate, 0.0005, seed: 9); // a -72 dBFS floor, under the -45 dB threshold
        foreach (var (seconds, tone) in sections)
        {
            var n = (int)(seconds * Rate);
            for (var i = 0; i < n; i++) samples.Add(tone ? (float)(0.4 * Math.Sin(2 * Math.PI * 330 * i / Rate)) : low[samples.Count]);
        }
        var input = await clips.RoundTripAsync(Signals.Mono(samples.ToArray(), Rate), "gaps.flac");
        var chapters = new[] { new AudioChapter(0, 2.75, "One"), new AudioChapter(2.75, 5.0, "Two") };

        var result = await _processor.ApplyAsync(input, [new RemoveSilenceSpec(-45, 0.6, 0.15)], chapters, null, CancellationToken.None);

        // 1.5 s gap -> 0.3 s, 2 s trailing silence -> 0.15 s: 1.2 + 1.85 s removed.
        var expected = input.Length - (int)(1.2 * Rate) - (int)(1.85 * Rate);
        output.WriteLine($"length {result.Audio.Length} (expected {expected}) | {result.Notes[0]}");
        Assert.InRange(result.Audio.Length, expected - 48, expected + 48);
        var gaps = Gaps(result.Audio.Channels[0], 0.01f);
        Assert.Equal(3, gaps.Count);
        Assert.InRange(gaps[0].Seconds, 0.295, 0.305);
        Assert.InRange(gaps[1].Seconds, 0.295, 0.305);
        Assert.InRange(gaps[0].Start, 1.995, 2.005);
        Assert.InRange(gaps[2].Seconds, 0.145, 0.155);
        // The second chapter started in the gap's middle: it moves to the junction (2.15 s).
        Assert.InRange(result.Chapters[1].StartSeconds, 2.145, 2.155);
        Assert.InRange(result.Chapters[1].EndSeconds, 3.795, 3.805);
        Assert.Contains("2 of 3 silence(s)", result.Notes[0]);
    }

    [Fact]
    public async Task Clean_denoises_equalizes_and_removes_silence_in_one_step()
    {
        var samples = new float[6 * Rate];
        var hiss = Signals.Noise(6, Rate, 0.003, seed: 4);
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / Rate;
            var talking = t < 2 || t >= 4;
            samples[i] = hiss[i] + (talking ? (float)(0.3 * Math.Sin(2 * Math.PI * 200 * t) * (0.6 + 0.4 * Math.Sin(2 * Math.PI * 3 * t))) : 0);
        }

        var result = await _processor.ApplyAsync(Signals.Mono(samples, Rate), [new CleanSpec()], null, null, CancellationToken.None);

        Assert.Equal(3, result.Notes.Count);
        Assert.StartsWith("clean/denoise", result.Notes[0]);
        Assert.StartsWith("clean/voice EQ: VOICE", result.Notes[1]);
        Assert.StartsWith("clean/remove silence: 1 of 1", result.Notes[2]);
        Assert.InRange(result.Audio.DurationSeconds, 4.25, 4.35);
    }

    [Fact]
    public async Task Filler_word_removal_is_refused_as_unsupported()
    {
        var error = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            _processor.ApplyAsync(clips.Music, [new CleanSpec(RemoveFillerWords: true)], null, null, CancellationToken.None));

        Assert.Equal("UNSUPPORTED", error.Code);
        Assert.Contains("speech recognition", error.Message);
    }

    public static TheoryData<AudioOperationSpec> InvalidOperations() =>
    [
        new NoiseReductionSpec(1.5),
        new CutSpec(3, 2),
        new CutSpec(8, 12),
        new CutSpec(0, 10),
        new TrimSpec(-1, 2),
        new TrimSpec(11, 12),
        new FadeSpec(0, 0),
        new FadeSpec(20, 0),
        new JoinSpec([], 0),
        new JoinSpec([AudioBuffer.Silence(48000, 1, 100)], 1),
        new NormalizeSpec(-80),
        new NormalizeSpec(-14, 3),
        new CompressSpec(Ratio: 0.5),
        new DeEssSpec(2),
        new EqualizeSpec(null, []),
        new EqualizeSpec(null, [new EqBandSpec(30000, 3)]),
        new RemoveSilenceSpec(MinSilenceSeconds: 0.2, MarginSeconds: 0.15),
    ];

    [Theory]
    [MemberData(nameof(InvalidOperations))]
    public async Task Invalid_operations_are_refused(AudioOperationSpec operation)
    {
        var error = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            _processor.ApplyAsync(clips.Music, [operation], null, null, CancellationToken.None));

        Assert.Equal("INVALID_INPUT", error.Code);
    }

    [Fact]
    public async Task Chapters_outside_the_audio_are_refused()
    {
        var error = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            _processor.ApplyAsync(clips.Music, [new FadeSpec(1, 1)], [new AudioChapter(12, 14, "Late")], null, CancellationToken.None));

        Assert.Equal("INVALID_INPUT", error.Code);
    }

    [Fact]
    public async Task Progress_is_reported_per_operation_up_to_done_and_cancellation_stops_the_run()
    {
        var reports = new List<AudioProgress>();
        var progress = new SyncProgress(reports.Add);

        await _processor.ApplyAsync(clips.Music, [new NoiseReductionSpec(0.5), new CompressSpec(), new NormalizeSpec(-16)], null, progress, CancellationToken.None);

        Assert.Contains(reports, r => r.Message == "noise reduction");
        Assert.Contains(reports, r => r.Message == "compress");
        Assert.Contains(reports, r => r.Message == "normalize");
        Assert.Equal(new AudioProgress(1, "done"), reports[^1]);
        for (var i = 1; i < reports.Count; i++) Assert.True(reports[i].Fraction >= reports[i - 1].Fraction);

        using var cts = new CancellationTokenSource();
        var cancelling = new SyncProgress(r => { if (r.Message == "compress") cts.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _processor.ApplyAsync(clips.Music, [new CompressSpec(), new NormalizeSpec(-16)], null, cancelling, cts.Token));
    }

    [Theory]
    [InlineData(AudioFileFormat.Mp3)]
    [InlineData(AudioFileFormat.Aac)]
    [InlineData(AudioFileFormat.Wav)]
    public async Task Processed_episode_is_encoded_with_tags_and_the_moved_chapters(AudioFileFormat format)
    {
        var chapters = new[] { new AudioChapter(0, 3, "Intro"), new AudioChapter(3, 6, "Ads"), new AudioChapter(6, 10, "Talk") };
        var result = await _processor.ApplyAsync(clips.Music, [new CutSpec(3, 6), new NormalizeSpec(-16)], chapters, null, CancellationToken.None);
        var path = Path.Combine(clips.Folder, "episode." + format.Extension());

        await AudioEncoder.EncodeAsync(result.Audio, format, path, new AudioEncodeOptions(
            Tags: new Dictionary<string, string> { ["title"] = "Episode 7", ["artist"] = "MediaCreator" }, Chapters: result.Chapters));

        var probe = await FFMpegCore.FFProbe.AnalyseAsync(path);
        Assert.Equal("Episode 7", probe.Format.Tags!.First(t => t.Key.Equals("title", StringComparison.OrdinalIgnoreCase)).Value);
        Assert.InRange(probe.Duration.TotalSeconds, 6.95, 7.1);
        if (format == AudioFileFormat.Wav) return; // WAV carries no chapters
        Assert.Equal(["Intro", "Talk"], probe.Chapters.Select(c => c.Title));
        Assert.Equal(3.0, probe.Chapters[1].Start.TotalSeconds, 2);
        Assert.Equal(7.0, probe.Chapters[1].End.TotalSeconds, 2);
    }

    /// <summary>Runs of samples under <paramref name="level"/> longer than 50 ms: (start s, length s).</summary>
    private static List<(double Start, double Seconds)> Gaps(float[] samples, float level)
    {
        var gaps = new List<(double, double)>();
        var start = -1;
        for (var i = 0; i <= samples.Length; i++)
        {
            var quiet = i < samples.Length && Math.Abs(samples[i]) < level;
            if (quiet && start < 0) start = i;
            if (!quiet && start >= 0)
            {
                if (i - start > Rate / 20) gaps.Add(((double)start / Rate, (double)(i - start) / Rate));
                start = -1;
            }
        }
        return gaps;
    }

    private sealed class SyncProgress(Action<AudioProgress> report) : IProgress<AudioProgress>
    {
        public void Report(AudioProgress value) => report(value);
    }
}
