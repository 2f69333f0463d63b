using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Processing;
using MediaCreator.Modules.Audio.Tests.Support;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Processing;

/// <summary>Noise reduction, EQ, compressor and de-esser on decoded samples with exactly known content.</summary>
[Collection(ProcessingCollection.Name)]
public sealed class DynamicsAndFilterTests(ProcessingClips clips, ITestOutputHelper output)
{
    private const int Rate = 44100;
    private readonly DspAudioProcessor _processor = new();

    [Fact]
    public async Task Noise_reduction_raises_the_SNR_of_voiced_bursts_in_white_noise_and_keeps_them()
    {
        // "Voiced" bursts (harmonics of 180 Hz) 0.6 s on, 0.4 s off, in steady white noise.
        var clean = new float[6 * Rate];
        for (var i = 0; i < clean.Length; i++)
        {
            var t = (double)i / Rate;
            if (t % 1.0 >= 0.6) continue;
            for (var h = 1; h <= 8; h++) clean[i] += (float)(0.25 / h * Math.Sin(2 * Math.PI * 180 * h * t));
        }
        var noise = Signals.Noise(6, Rate, 0.08, seed: 5);
        var noisy = new float[clean.Length];
        for (var i = 0; i < noisy.Length; i++) noisy[i] = clean[i] + noise[i];
        var decoded = await clips.RoundTripAsync(Signals.Mono(noisy, Rate), "noisy.flac");

        var result = await _processor.ApplyAsync(decoded, [new NoiseReductionSpec(0.7)], null, null, CancellationToken.None);

        var snrIn = Snr(clean, decoded.Channels[0]);
        var snrOut = Snr(clean, result.Audio.Channels[0]);
        // Keeping the bursts: their projection on the clean signal stays near 1 (amplitude kept).
        var kept = Dot(result.Audio.Channels[0], clean) / Dot(clean, clean);
        // In the gaps the noise drops by the reduction's depth.
        var gapIn = Signals.Rms(decoded.Channels[0].AsSpan((int)(0.7 * Rate), (int)(0.2 * Rate)));
        var gapOut = Signals.Rms(result.Audio.Channels[0].AsSpan((int)(0.7 * Rate), (int)(0.2 * Rate)));
        output.WriteLine($"SNR {snrIn:0.0} -> {snrOut:0.0} dB, kept {kept:0.000}, gap noise {20 * Math.Log10(gapOut / gapIn):0.0} dB | {result.Notes[0]}");

        Assert.True(snrOut - snrIn >= 6, $"SNR {snrIn:0.0} -> {snrOut:0.0} dB");
        Assert.InRange(kept, 0.85, 1.05);
        Assert.True(20 * Math.Log10(gapOut / gapIn) < -12);
        Assert.StartsWith("noise reduction: strength 0.70", result.Notes[0]);
    }

    [Fact]
    public async Task Noise_reduction_at_strength_zero_changes_nothing()
    {
        var input = clips.Music.Slice(0, 3 * 48000);

        var result = await _processor.ApplyAsync(input, [new NoiseReductionSpec(0)], null, null, CancellationToken.None);

        for (var c = 0; c < 2; c++)
            for (var i = 0; i < input.Length; i += 97) Assert.Equal(input.Channels[c][i], result.Audio.Channels[c][i], 5);
    }

    [Theory]
    [InlineData(EqPresetKind.Voice)]
    [InlineData(EqPresetKind.Music)]
    [InlineData(EqPresetKind.Warm)]
    [InlineData(EqPresetKind.Bright)]
    [InlineData(EqPresetKind.BassBoost)]
    public async Task EQ_preset_response_measured_with_tones_matches_its_design(EqPresetKind preset)
    {
        double[] frequencies = [30, 60, 100, 200, 300, 1000, 3000, 4000, 6000, 10000, 14000];
        var (tones, starts) = ToneLadder(frequencies, 0.4);
        var decoded = await clips.RoundTripAsync(Signals.Mono(tones, Rate), $"tones-{preset}.flac");

        var result = await _processor.ApplyAsync(decoded, [new EqualizeSpec(preset, [])], null, null, CancellationToken.None);

        var stages = Equalizer.Preset(preset);
        for (var k = 0; k < frequencies.Length; k++)
        {
            var measured = GainDb(decoded.Channels[0], result.Audio.Channels[0], starts[k] + (int)(0.2 * Rate), (int)(0.15 * Rate));
            var designed = Equalizer.ResponseDb(stages, frequencies[k], Rate);
            Assert.True(Math.Abs(measured - designed) < 0.25, $"{preset} at {frequencies[k]} Hz: measured {measured:0.00} dB, designed {designed:0.00} dB");
        }
        // The presets do what they say.
        double At(double f) => Equalizer.ResponseDb(stages, f, Rate);
        switch (preset)
        {
            case EqPresetKind.Voice:
                Assert.True(At(30) < -12);
                Assert.InRange(At(300), -3.6, -2.0);
                Assert.InRange(At(4000), 2.4, 3.6);
                break;
            case EqPresetKind.BassBoost:
                Assert.InRange(At(60), 4.5, 6.5);
                Assert.InRange(At(3000), -0.3, 0.3);
                break;
            case EqPresetKind.Bright:
                Assert.InRange(At(10000), 3.0, 4.5);
                break;
            case EqPresetKind.Warm:
                Assert.True(At(100) > 2 && At(14000) < -1.5);
                break;
            case EqPresetKind.Music:
                Assert.True(At(60) > 1 && At(14000) > 1);
                break;
        }
        Assert.StartsWith("equalize: " + preset.ToString().ToUpperInvariant(), result.Notes[0]);
    }

    [Fact]
    public async Task EQ_explicit_band_boosts_its_frequency_only()
    {
        double[] frequencies = [250, 1000, 4000];
        var (tones, starts) = ToneLadder(frequencies, 0.4);
        var input = Signals.Mono(tones, Rate);

        var result = await _processor.ApplyAsync(input, [new EqualizeSpec(null, [new EqBandSpec(1000, 6, 2)])], null, null, CancellationToken.None);

        Assert.InRange(GainDb(tones, result.Audio.Channels[0], starts[1] + 8820, 6615), 5.8, 6.2);
        Assert.InRange(GainDb(tones, result.Audio.Channels[0], starts[0] + 8820, 6615), -0.1, 0.5);
        Assert.InRange(GainDb(tones, result.Audio.Channels[0], starts[2] + 8820, 6615), -0.1, 0.5);
    }

    [Fact]
    public async Task Compressor_reduces_the_loud_part_as_designed_and_leaves_the_quiet_part()
    {
        // 1 kHz: 1.5 s at RMS -29 dBFS, 1.5 s at RMS -9 dBFS, 1.5 s quiet again.
        var samples = new float[(int)(4.5 * Rate)];
        for (var i = 0; i < samples.Length; i++)
        {
            var loud = i >= 1.5 * Rate && i < 3 * Rate;
            samples[i] = (float)((loud ? 0.5 : 0.05) * Math.Sin(2 * Math.PI * 1000 * i / Rate));
        }
        var decoded = await clips.RoundTripAsync(Signals.Stereo(samples, (float[])samples.Clone(), Rate), "steps.flac");
        var spec = new CompressSpec(ThresholdDb: -20, Ratio: 4, AttackMs: 5, ReleaseMs: 50, MakeupDb: 2);

        var result = await _processor.ApplyAsync(decoded, [spec], null, null, CancellationToken.None);

        var loudIn = 20 * Math.Log10(Signals.Rms(decoded.Channels[0].AsSpan(2 * Rate, Rate / 2)));
        var loudOut = 20 * Math.Log10(Signals.Rms(result.Audio.Channels[0].AsSpan(2 * Rate, Rate / 2)));
        var quietOut = 20 * Math.Log10(Signals.Rms(result.Audio.Channels[0].AsSpan((int)(3.8 * Rate), Rate / 2)));
        var quietIn = 20 * Math.Log10(Signals.Rms(decoded.Channels[0].AsSpan((int)(3.8 * Rate), Rate / 2)));
        // Static curve: (L - T)(1 - 1/R) of reduction above the knee, then +2 dB make-up.
        var expected = loudIn - (loudIn + 20) * 0.75 + 2;
        output.WriteLine($"loud {loudIn:0.00} -> {loudOut:0.00} (expected {expected:0.00}), quiet {quietIn:0.00} -> {quietOut:0.00} | {result.Notes[0]}");

        Assert.InRange(loudOut, expected - 0.3, expected + 0.3);
        Assert.InRange(quietOut - quietIn, 1.8, 2.2);
        Assert.InRange((loudOut - quietOut) - (loudIn - quietIn), -(loudIn + 20) * 0.75 - 0.3, -(loudIn + 20) * 0.75 + 0.3);
        Assert.Equal(result.Audio.Channels[0][12345], result.Audio.Channels[1][12345]);
        Assert.Contains("ratio 4:1", result.Notes[0]);
    }

    [Fact]
    public async Task Compressor_narrows_the_short_term_level_spread_of_music()
    {
        var input = clips.Music;

        var result = await _processor.ApplyAsync(input, [new CompressSpec(-30, 4, 5, 100, 0)], null, null, CancellationToken.None);

        var before = Spread(MediaCreator.Modules.Audio.Dsp.LoudnessMeter.MomentaryLufs(input));
        var after = Spread(MediaCreator.Modules.Audio.Dsp.LoudnessMeter.MomentaryLufs(result.Audio));
        output.WriteLine($"momentary loudness spread (p95 - p10) {before:0.0} -> {after:0.0} LU | {result.Notes[0]}");
        Assert.True(after < before * 0.75, $"spread {before:0.0} -> {after:0.0} LU");
    }

    private static double Spread(double[] levels)
    {
        var sorted = levels.Where(double.IsFinite).Order().ToArray();
        return sorted[(int)(0.95 * (sorted.Length - 1))] - sorted[(int)(0.10 * (sorted.Length - 1))];
    }

    [Fact]
    public async Task De_esser_turns_down_sibilant_bursts_and_leaves_the_voice()
    {
        // A vowel (harmonics of 150 Hz up to 3 kHz) for 3 s with 0.15 s bursts of 6-8 kHz noise every second, then a
        // 1 s pause holding only white hiss (-60 dBFS), which is not sibilance.
        var length = 4 * Rate;
        var vowel = new float[length];
        var hiss = new float[length];
        var band = BandNoise(length, 6000, 8000);
        var floor = Signals.Noise(4, Rate, 0.0017, seed: 12);
        for (var i = 0; i < length; i++)
        {
            var t = (double)i / Rate;
            if (t >= 3)
            {
                hiss[i] = floor[i];
                continue;
            }
            for (var h = 1; h * 150 <= 3000; h++) vowel[i] += (float)(0.3 / h * Math.Sin(2 * Math.PI * 150 * h * t));
            if (t % 1.0 is >= 0.5 and < 0.65) hiss[i] = band[i];
        }
        var mix = new float[length];
        for (var i = 0; i < length; i++) mix[i] = vowel[i] + hiss[i];
        var decoded = await clips.RoundTripAsync(Signals.Mono(mix, Rate), "sibilance.flac");

        var result = await _processor.ApplyAsync(decoded, [new DeEssSpec(0.5, 6500)], null, null, CancellationToken.None);

        var burst = (int)(1.52 * Rate);
        var burstLength = (int)(0.11 * Rate);
        var sibilanceCut = BandEnergyDb(result.Audio.Channels[0], burst, burstLength, 6000, 8000) - BandEnergyDb(decoded.Channels[0], burst, burstLength, 6000, 8000);
        var voiceDuringBurst = BandEnergyDb(result.Audio.Channels[0], burst, burstLength, 100, 1000) - BandEnergyDb(decoded.Channels[0], burst, burstLength, 100, 1000);
        var between = (int)(2.1 * Rate);
        var voiceBetween = 20 * Math.Log10(Signals.Rms(result.Audio.Channels[0].AsSpan(between, Rate / 4)) / Signals.Rms(decoded.Channels[0].AsSpan(between, Rate / 4)));
        var pause = (int)(3.2 * Rate);
        var pauseChange = 20 * Math.Log10(Signals.Rms(result.Audio.Channels[0].AsSpan(pause, Rate / 2)) / Signals.Rms(decoded.Channels[0].AsSpan(pause, Rate / 2)));
        output.WriteLine($"sibilance {sibilanceCut:0.0} dB, voice during burst {voiceDuringBurst:0.00} dB, between bursts {voiceBetween:0.00} dB, pause hiss {pauseChange:0.00} dB | {result.Notes[0]}");

        Assert.True(sibilanceCut < -6, $"sibilance changed by {sibilanceCut:0.0} dB");
        Assert.InRange(voiceDuringBurst, -0.5, 0.5);
        Assert.InRange(voiceBetween, -0.2, 0.2);
        Assert.InRange(pauseChange, -0.2, 0.2);
        Assert.StartsWith("de-ess: 6500 Hz", result.Notes[0]);
    }

    private static (float[] Samples, int[] Starts) ToneLadder(double[] frequencies, double seconds)
    {
        var each = (int)(seconds * Rate);
        var samples = new float[each * frequencies.Length];
        var starts = new int[frequencies.Length];
        for (var k = 0; k < frequencies.Length; k++)
        {
            starts[k] = k * each;
            for (var i = 0; i < each; i++) samples[k * each + i] = (float)(0.25 * Math.Sin(2 * Math.PI * frequencies[k] * i / Rate));
        }
        return (samples, starts);
    }

    private static double GainDb(float[] input, float[] output, int start, int count) =>
        20 * Math.Log10(Signals.Rms(output.AsSpan(start, count)) / Signals.Rms(input.AsSpan(start, count)));

    private static double Snr(float[] clean, float[] signal)
    {
        double s = 0, e = 0;
        for (var i = 0; i < clean.Length; i++)
        {
            s += clean[i] * clean[i];
            e += (signal[i] - clean[i]) * (signal[i] - clean[i]);
        }
        return 10 * Math.Log10(s / e);
    }

    private static double Dot(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>White noise band-limited by zeroing FFT bins outside [low, high].</summary>
    private static float[] BandNoise(int length, double low, double high)
    {
        var n = 1;
        while (n < length) n <<= 1;
        var random = new Random(3);
        var spectrum = new Complex[n];
        for (var i = 0; i < length; i++) spectrum[i] = random.NextDouble() * 2 - 1;
        Fourier.Forward(spectrum, FourierOptions.AsymmetricScaling);
        for (var k = 0; k < n; k++)
        {
            var f = Math.Min(k, n - k) * (double)Rate / n;
            if (f < low || f > high) spectrum[k] = 0;
        }
        Fourier.Inverse(spectrum, FourierOptions.AsymmetricScaling);
        var result = new float[length];
        for (var i = 0; i < length; i++) result[i] = (float)(spectrum[i].Real * 1.2);
        return result;
    }

    private static double BandEnergyDb(float[] samples, int start, int count, double low, double high)
    {
        var n = 1;
        while (n < count) n <<= 1;
        var buffer = new Complex[n];
        for (var i = 0; i < count; i++) buffer[i] = samples[start + i] * (0.5 - 0.5 * Math.Cos(2 * Math.PI * i / count));
        Fourier.Forward(buffer, FourierOptions.AsymmetricScaling);
        double sum = 0;
        for (var k = 0; k <= n / 2; k++)
        {
            var f = k * (double)Rate / n;
            if (f >= low && f <= high) sum += buffer[k].Magnitude * buffer[k].Magnitude;
        }
        return 10 * Math.Log10(sum + 1e-20);
    }
}
