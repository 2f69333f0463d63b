using System.Globalization;
using System.Text;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Midi;
using MediaCreator.Modules.Audio.Stems;
using MediaCreator.Modules.Audio.Tests.Support;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Stems;

/// <summary>Renders the test songs once for the class (stems separately, then summed).</summary>
public sealed class StemClipsFixture : IAsyncLifetime
{
    internal const double Seconds = 12;

    internal IReadOnlyList<StemClip> Clips { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var renderer = new FluidSynthRenderer();
        Assert.True(renderer.IsAvailable, "fluidsynth and a GM SoundFont are installed by scripts/test.sh");
        using var gate = new SemaphoreSlim(2);
        var tasks = StemClips.Specs.Select(async spec =>
        {
            await gate.WaitAsync();
            try { return await StemClips.RenderAsync(spec, Seconds, renderer); }
            finally { gate.Release(); }
        });
        Clips = await Task.WhenAll(tasks);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class DspStemSeparatorTests(StemClipsFixture fixture, ITestOutputHelper output) : IClassFixture<StemClipsFixture>
{
    private static readonly StemKind[] Four = [StemKind.Vocal, StemKind.Drums, StemKind.Bass, StemKind.Other];

    [Fact]
    public async Task Every_stem_beats_doing_nothing_by_2_dB_and_the_stems_sum_back_to_the_mix()
    {
        var separator = new DspStemSeparator();
        var rows = new List<(string Clip, StemKind Stem, double Baseline, double Dsp, double Oracle)>();
        foreach (var clip in fixture.Clips)
        {
            var stems = await separator.SeparateAsync(clip.Mix, Four, null, CancellationToken.None);
            var oracle = StemMetrics.IdealRatioMask(clip, DspStemSeparator.StftFor(clip.Mix.SampleRate));
            var residual = StemMetrics.ResidualDb(clip.Mix, stems.Values);
            Assert.True(residual <= -60, $"{clip.Name}: stems sum back to the mix within {residual:0.0} dB, not -60 dB");
            foreach (var stem in Four)
            {
                var truth = clip.Truth[stem];
                rows.Add((clip.Name, stem, StemMetrics.Sdr(truth, clip.Mix), StemMetrics.Sdr(truth, stems[stem]), StemMetrics.Sdr(truth, oracle[stem])));
            }
            output.WriteLine($"{clip.Name}: stems sum to the mix within {residual:0.0} dB");
        }

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"SDR (dB), {fixture.Clips.Count} clips of {StemClipsFixture.Seconds} s at {StemClips.SampleRate} Hz, stereo");
        table.AppendLine("clip          stem    mixture   dsp     IRM");
        foreach (var r in rows)
            table.AppendLine(CultureInfo.InvariantCulture, $"{r.Clip,-13} {r.Stem,-6} {r.Baseline,7:0.00} {r.Dsp,7:0.00} {r.Oracle,7:0.00}");
        table.AppendLine("mean          stem    mixture   dsp     IRM   dsp-mixture");
        var failures = new List<string>();
        foreach (var stem in Four)
        {
            var of = rows.Where(r => r.Stem == stem).ToList();
            var (baseline, dsp, oracle) = (of.Average(r => r.Baseline), of.Average(r => r.Dsp), of.Average(r => r.Oracle));
            table.AppendLine(CultureInfo.InvariantCulture, $"{"mean",-13} {stem,-6} {baseline,7:0.00} {dsp,7:0.00} {oracle,7:0.00} {dsp - baseline,7:+0.00;-0.00}");
            if (dsp < baseline + 2) failures.Add($"{stem}: {dsp:0.00} dB vs do-nothing {baseline:0.00} dB");
        }
        output.WriteLine(table.ToString());
        Assert.True(failures.Count == 0, "Stems not 2 dB above doing nothing: " + string.Join("; ", failures));
    }

    [Fact]
    public async Task Only_requested_stems_are_returned_in_the_mix_format_and_match_the_full_separation()
    {
        var separator = new DspStemSeparator();
        var clip = fixture.Clips[0];

        var two = await separator.SeparateAsync(clip.Mix, [StemKind.Bass, StemKind.Vocal], null, CancellationToken.None);
        var all = await separator.SeparateAsync(clip.Mix, Four, null, CancellationToken.None);

        Assert.Equal([StemKind.Vocal, StemKind.Bass], two.Keys.Order());
        foreach (var (stem, audio) in two)
        {
            Assert.Equal(clip.Mix.SampleRate, audio.SampleRate);
            Assert.Equal(clip.Mix.ChannelCount, audio.ChannelCount);
            Assert.Equal(clip.Mix.Length, audio.Length);
            Assert.True(all[stem].Channels[1].Zip(audio.Channels[1], (a, b) => Math.Abs(a - b)).Max() < 1e-6);
        }
        // Not silence: the bass stem carries the bass.
        Assert.True(StemMetrics.Sdr(clip.Truth[StemKind.Bass], two[StemKind.Bass]) > StemMetrics.Sdr(clip.Truth[StemKind.Bass], clip.Mix));
    }

    [Fact]
    public async Task A_mono_mix_is_separated_without_the_centre_cue_and_still_sums_back()
    {
        var separator = new DspStemSeparator();
        var clip = fixture.Clips[1];
        var mono = new AudioBuffer(clip.Mix.SampleRate, [clip.Mix.Mono()]);
        var messages = new List<string>();

        var stems = await separator.SeparateAsync(mono, Four, new SyncProgress(p => messages.Add(p.Message)), CancellationToken.None);

        Assert.All(stems.Values, s => Assert.Equal(1, s.ChannelCount));
        Assert.True(StemMetrics.ResidualDb(mono, stems.Values) <= -60);
        Assert.Contains(messages, m => m.Contains("no centre-channel cue", StringComparison.Ordinal));
        var drumsTruth = new AudioBuffer(mono.SampleRate, [clip.Truth[StemKind.Drums].Mono()]);
        var drumsSdr = StemMetrics.Sdr(drumsTruth, stems[StemKind.Drums]);
        output.WriteLine($"mono drums SDR {drumsSdr:0.00} dB vs do-nothing {StemMetrics.Sdr(drumsTruth, mono):0.00} dB");
        Assert.True(drumsSdr > StemMetrics.Sdr(drumsTruth, mono) + 2);
    }

    [Fact]
    public async Task A_long_mix_is_cut_into_crossfaded_segments_that_still_sum_back()
    {
        const int rate = 8000;
        var left = Signals.Noise(75, rate, 0.2, seed: 3);
        var right = Signals.Sine(220, 75, rate, 0.3);
        for (var i = 0; i < right.Length; i++) right[i] += left[i] * 0.5f;
        var mix = Signals.Stereo(left, right, rate);
        var fractions = new List<double>();

        var stems = await new DspStemSeparator().SeparateAsync(mix, Four, new SyncProgress(p => fractions.Add(p.Fraction)), CancellationToken.None);

        Assert.Equal(3, StemMasking.Segments(mix.Length, 30 * rate, rate).Count);
        Assert.True(StemMetrics.ResidualDb(mix, stems.Values) <= -60);
        Assert.Equal([1.0 / 3, 2.0 / 3, 1.0], fractions.Where(f => f > 0).Select(f => Math.Round(f, 6)).ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public async Task Cancellation_and_unsupported_stems_are_refused()
    {
        var separator = new DspStemSeparator();
        var mix = Signals.Stereo(Signals.Sine(440, 2, 22050), Signals.Sine(440, 2, 22050), 22050);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => separator.SeparateAsync(mix, Four, null, cancelled.Token));

        var unsupported = await Assert.ThrowsAsync<AudioProcessingException>(() => separator.SeparateAsync(mix, [StemKind.Piano], null, CancellationToken.None));
        Assert.Equal("UNSUPPORTED", unsupported.Code);
        var none = await Assert.ThrowsAsync<AudioProcessingException>(() => separator.SeparateAsync(mix, [], null, CancellationToken.None));
        Assert.Equal("INVALID_INPUT", none.Code);
    }

    /// <summary>Progress reported on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(Action<AudioProgress> report) : IProgress<AudioProgress>
    {
        public void Report(AudioProgress value)
        {
            lock (this) report(value);
        }
    }
}
