using System.Numerics;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Modules.Audio.Stems;

/// <summary>
/// <c>dsp</c>: the built-in separator into vocal, drums, bass and other with soft spectrogram masks.
/// <list type="bullet">
/// <item>Drums: harmonic/percussive separation by median filtering (Fitzgerald, DAFx 2010): a median along time keeps
/// sustained partials, a median along frequency keeps broadband hits; the Wiener-style ratio P²/(H²+P²) is the
/// percussive mask.</item>
/// <item>Bass: the harmonic part below a smooth log-frequency crossover (full below 100 Hz, none above 250 Hz) and on
/// the harmonics (up to 2 kHz) of the bass line, whose f0 is followed frame by frame by sub-harmonic summation
/// (<see cref="BassLine"/>); weighted towards the centre of the stereo image (bass is mixed near the centre).</item>
/// <item>Vocal: the harmonic part in the vocal band (~150 Hz–6 kHz, smooth edges) weighted by a centre-channel cue:
/// the inter-channel similarity 2·Re(L·R*)/(|L|²+|R|²) (Avendano &amp; Jot's panning/coherence index) is 1 for a source
/// panned centre with identical phase, and falls for panned or decorrelated ones.</item>
/// <item>Other: what remains, so the four masks sum to 1 in every bin and the stems sum back to the mix.</item>
/// </list>
/// Mono (or more than two channels) has no centre cue: vocals are then the vocal-band harmonic content weighted by a
/// fixed 0.5, and the progress messages say so. Stems have the mix's rate, channels and length; only the requested
/// ones are returned, all from the same masks.
/// </summary>
public sealed class DspStemSeparator : IStemSeparator
{
    /// <summary>The order of the masks; they sum to 1 per bin.</summary>
    private static readonly StemKind[] Order = [StemKind.Vocal, StemKind.Drums, StemKind.Bass, StemKind.Other];

    private const double SegmentSeconds = 30;
    private const double OverlapSeconds = 1;
    private const double HarmonicKernelSeconds = 0.3;
    private const double PercussiveKernelHz = 250;
    private const double MonoVocalShare = 0.5;
    private const double BassCrossoverFromHz = 100;
    private const double BassCrossoverToHz = 250;

    public string Key => "dsp";

    public string DisplayName => "Built-in DSP separator (median-filter HPSS, centre-channel and band masks)";

    public bool BuiltIn => true;

    public IReadOnlyList<StemKind> SupportedStems => Order;

    public Task<IReadOnlyDictionary<StemKind, AudioBuffer>> SeparateAsync(
        AudioBuffer mix, IReadOnlyCollection<StemKind> stems, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        StemMasking.CheckMix(mix);
        var wanted = StemMasking.Requested(stems, Order, Key);
        return Task.Run(() => Separate(mix, wanted, progress, ct), ct);
    }

    /// <summary>STFT size for a rate: the power of two nearest to 93 ms (4096 at 44.1/48 kHz, 2048 at 22.05 kHz).</summary>
    internal static Stft StftFor(int sampleRate)
    {
        var target = 0.093 * sampleRate;
        var frame = 256;
        while (frame < 32768 && Math.Abs(frame * 2 - target) < Math.Abs(frame - target)) frame *= 2;
        return new Stft(frame, frame / 4);
    }

    private static IReadOnlyDictionary<StemKind, AudioBuffer> Separate(
        AudioBuffer mix, IReadOnlyList<StemKind> wanted, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        var stft = StftFor(mix.SampleRate);
        var stereo = mix.ChannelCount == 2;
        if (!stereo)
            progress?.Report(new AudioProgress(0, $"{mix.ChannelCount}-channel input: no centre-channel cue, vocals are estimated from vocal-band harmonic content only"));
        var segment = (int)(SegmentSeconds * mix.SampleRate);
        var overlap = (int)(OverlapSeconds * mix.SampleRate);
        return StemMasking.Separate(mix, Order, wanted, stft, segment, overlap,
            (spectra, rate, token) => Masks(spectra, rate, stft, token), progress, ct, Math.Clamp(Environment.ProcessorCount, 1, 4));
    }

    /// <summary>The four masks of one segment, shared by all channels: <c>[stem][channel][frame][bin]</c>.</summary>
    internal static float[][][][] Masks(Complex[][][] spectra, int sampleRate, Stft stft, CancellationToken ct)
    {
        var channels = spectra.Length;
        var frames = spectra[0].Length;
        var bins = stft.Bins;
        var magnitude = new float[frames][];
        for (var t = 0; t < frames; t++)
        {
            var row = new float[bins];
            for (var k = 0; k < bins; k++)
            {
                double power = 0;
                for (var c = 0; c < channels; c++)
                {
                    var x = spectra[c][t][k];
                    power += x.Real * x.Real + x.Imaginary * x.Imaginary;
                }
                row[k] = (float)Math.Sqrt(power / channels);
            }
            magnitude[t] = row;
        }

        var harmonicWidth = Odd(HarmonicKernelSeconds * sampleRate / stft.Hop);
        var percussiveWidth = Odd(PercussiveKernelHz / stft.BinFrequency(1, sampleRate));
        var harmonic = MedianFilter.AlongTime(magnitude, harmonicWidth, ct);
        var percussive = MedianFilter.AlongFrequency(magnitude, percussiveWidth, ct);
        var centre = channels == 2 ? CentreSimilarity(spectra[0], spectra[1], bins) : null;

        var bassBand = new float[bins];
        var vocalBand = new float[bins];
        for (var k = 0; k < bins; k++)
        {
            var f = stft.BinFrequency(k, sampleRate);
            bassBand[k] = (float)(1 - LogRamp(f, BassCrossoverFromHz, BassCrossoverToHz));
            vocalBand[k] = (float)(LogRamp(f, 100, 200) * (1 - LogRamp(f, 5000, 8000)));
        }

        // Centre weights per bin: narrow for vocals, wider for bass; without a centre cue, a fixed vocal share.
        var vocalWeight = new float[frames][];
        var bassWeight = new float[frames][];
        for (var t = 0; t < frames; t++)
        {
            vocalWeight[t] = new float[bins];
            bassWeight[t] = new float[bins];
            for (var k = 0; k < bins; k++)
            {
                if (centre is null)
                {
                    vocalWeight[t][k] = (float)MonoVocalShare;
                    bassWeight[t][k] = 1;
                    continue;
                }
                var distance = 1 - centre[t][k];
                vocalWeight[t][k] = (float)Math.Exp(-0.5 * Square(distance / 0.15));
                bassWeight[t][k] = (float)Math.Exp(-0.5 * Square(distance / 0.2));
            }
        }
        var bassLine = BassLine.Comb(harmonic, bassWeight, stft.BinFrequency(1, sampleRate), ct);

        var vocal = new float[frames][];
        var drums = new float[frames][];
        var bass = new float[frames][];
        var other = new float[frames][];
        for (var t = 0; t < frames; t++)
        {
            vocal[t] = new float[bins];
            drums[t] = new float[bins];
            bass[t] = new float[bins];
            other[t] = new float[bins];
            for (var k = 0; k < bins; k++)
            {
                double h = harmonic[t][k], p = percussive[t][k];
                var h2 = h * h;
                var p2 = p * p;
                var percussiveShare = h2 + p2 > 1e-20 ? p2 / (h2 + p2) : 0.5;
                var harmonicShare = 1 - percussiveShare;
                // Below the crossover, or on the harmonics of the bass line, harmonic content is the bass's.
                double low = Math.Max(bassBand[k], bassLine[t][k]);
                var bassShare = harmonicShare * low * bassWeight[t][k];
                var vocalShare = harmonicShare * (1 - low) * vocalBand[k] * vocalWeight[t][k];
                drums[t][k] = (float)percussiveShare;
                bass[t][k] = (float)bassShare;
                vocal[t][k] = (float)vocalShare;
                other[t][k] = (float)Math.Max(0, 1 - percussiveShare - bassShare - vocalShare);
            }
        }
        return [Shared(vocal, channels), Shared(drums, channels), Shared(bass, channels), Shared(other, channels)];
    }

    /// <summary>
    /// 2·Re(L·R*)/(|L|²+|R|²) per bin, numerator and denominator averaged over three frames: 1 for a centred,
    /// in-phase source, lower for a panned one (0.56 for a pan of ±0.5 with a sine law), ≤ 0 for out-of-phase content.
    /// </summary>
    private static float[][] CentreSimilarity(Complex[][] left, Complex[][] right, int bins)
    {
        var frames = left.Length;
        var cross = new double[frames][];
        var energy = new double[frames][];
        for (var t = 0; t < frames; t++)
        {
            cross[t] = new double[bins];
            energy[t] = new double[bins];
            for (var k = 0; k < bins; k++)
            {
                var l = left[t][k];
                var r = right[t][k];
                cross[t][k] = l.Real * r.Real + l.Imaginary * r.Imaginary;
                energy[t][k] = l.Real * l.Real + l.Imaginary * l.Imaginary + r.Real * r.Real + r.Imaginary * r.Imaginary;
            }
        }
        var result = new float[frames][];
        for (var t = 0; t < frames; t++)
        {
            var row = new float[bins];
            var from = Math.Max(0, t - 1);
            var to = Math.Min(frames - 1, t + 1);
            for (var k = 0; k < bins; k++)
            {
                double c = 0, e = 0;
                for (var u = from; u <= to; u++)
                {
                    c += cross[u][k];
                    e += energy[u][k];
                }
                row[k] = e > 1e-20 ? (float)Math.Clamp(2 * c / e, 0, 1) : 0f;
            }
            result[t] = row;
        }
        return result;
    }

    /// <summary>0 below <paramref name="from"/> Hz, 1 above <paramref name="to"/> Hz, a raised cosine in log frequency between.</summary>
    private static double LogRamp(double f, double from, double to)
    {
        if (f <= from) return 0;
        if (f >= to) return 1;
        var x = Math.Log(f / from) / Math.Log(to / from);
        return 0.5 - 0.5 * Math.Cos(Math.PI * x);
    }

    private static int Odd(double width) => Math.Max(3, (int)Math.Round(width) | 1);

    private static double Square(double x) => x * x;

    private static float[][][] Shared(float[][] mask, int channels) => Enumerable.Repeat(mask, channels).ToArray();
}
