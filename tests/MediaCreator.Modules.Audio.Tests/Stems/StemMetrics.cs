using System.Numerics;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Modules.Audio.Tests.Stems;

/// <summary>Separation measures: plain SDR, the residual of stems against the mix, and the ideal-ratio-mask oracle.</summary>
internal static class StemMetrics
{
    /// <summary>10·log10(|s|² / |s − ŝ|²) over all channels.</summary>
    public static double Sdr(AudioBuffer truth, AudioBuffer estimate)
    {
        double signal = 0, error = 0;
        for (var c = 0; c < truth.ChannelCount; c++)
            for (var i = 0; i < truth.Length; i++)
            {
                double s = truth.Channels[c][i];
                var e = s - estimate.Channels[c][i];
                signal += s * s;
                error += e * e;
            }
        return 10 * Math.Log10(signal / Math.Max(error, 1e-30));
    }

    /// <summary>10·log10(|mix − Σ stems|² / |mix|²).</summary>
    public static double ResidualDb(AudioBuffer mix, IEnumerable<AudioBuffer> stems)
    {
        var list = stems.ToList();
        double energy = 0, residual = 0;
        for (var c = 0; c < mix.ChannelCount; c++)
            for (var i = 0; i < mix.Length; i++)
            {
                double sum = 0;
                foreach (var stem in list) sum += stem.Channels[c][i];
                var r = mix.Channels[c][i] - sum;
                energy += (double)mix.Channels[c][i] * mix.Channels[c][i];
                residual += r * r;
            }
        return 10 * Math.Log10(Math.Max(residual, 1e-30) / energy);
    }

    /// <summary>
    /// The ideal ratio mask: each stem's mask is its true magnitude over the sum of the true magnitudes (per channel,
    /// same STFT as the separator), applied to the mix: the ceiling of magnitude masking.
    /// </summary>
    public static Dictionary<StemKind, AudioBuffer> IdealRatioMask(StemClip clip, Stft stft)
    {
        var stems = clip.Truth.Keys.ToList();
        var outputs = stems.ToDictionary(s => s, _ => new float[clip.Mix.ChannelCount][]);
        for (var c = 0; c < clip.Mix.ChannelCount; c++)
        {
            var mix = stft.Forward(clip.Mix.Channels[c]);
            var truth = stems.Select(s => stft.Forward(clip.Truth[s].Channels[c])
                .Select(frame => frame.Select(x => x.Magnitude).ToArray()).ToArray()).ToList();
            var total = new double[mix.Length][];
            for (var t = 0; t < mix.Length; t++)
            {
                total[t] = new double[mix[t].Length];
                foreach (var stem in truth)
                    for (var k = 0; k < mix[t].Length; k++) total[t][k] += stem[t][k];
            }
            for (var i = 0; i < stems.Count; i++)
            {
                var masked = new Complex[mix.Length][];
                for (var t = 0; t < mix.Length; t++)
                {
                    masked[t] = new Complex[mix[t].Length];
                    for (var k = 0; k < mix[t].Length; k++)
                        masked[t][k] = mix[t][k] * (total[t][k] > 1e-12 ? truth[i][t][k] / total[t][k] : 1.0 / stems.Count);
                }
                outputs[stems[i]][c] = stft.Inverse(masked, clip.Mix.Length);
            }
        }
        return outputs.ToDictionary(p => p.Key, p => new AudioBuffer(clip.Mix.SampleRate, p.Value));
    }
}
