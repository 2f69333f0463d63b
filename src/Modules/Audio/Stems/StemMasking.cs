using System.Numerics;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Modules.Audio.Stems;

/// <summary>
/// Computes masks for one segment: from the channels' spectra (<c>[channel][frame][bin]</c>) to one soft mask per
/// stem and channel (<c>[stem][channel][frame][bin]</c>, channels may share one array). Masks of all stems sum to 1.
/// </summary>
internal delegate float[][][][] SegmentMasks(Complex[][][] spectra, int sampleRate, CancellationToken ct);

/// <summary>
/// Spectrogram-mask separation shared by the mask-based providers: the mix is cut into overlapping segments (bounded
/// memory, progress and cancellation per segment), each segment's STFT is masked per stem and inverted, and segments
/// are joined by complementary raised-cosine crossfades. Because the masks of a segment sum to 1 and the STFT inverse
/// is exact, and the crossfade weights sum to 1, the returned stems sum back to the mix. Transforms run two real
/// signals per complex FFT (<see cref="PairedStft"/>); when every stem is wanted the last is the segment minus the
/// others, which is its mask's inverse without computing it; segments may run in parallel.
/// </summary>
internal static class StemMasking
{
    /// <summary>Checks the request against what a provider can produce; returns the stems in request order.</summary>
    public static IReadOnlyList<StemKind> Requested(IReadOnlyCollection<StemKind> stems, IReadOnlyList<StemKind> supported, string provider)
    {
        ArgumentNullException.ThrowIfNull(stems);
        if (stems.Count == 0)
            throw new AudioProcessingException("INVALID_INPUT", "No stems requested.");
        var missing = stems.Where(s => !supported.Contains(s)).Distinct().ToList();
        if (missing.Count > 0)
            throw new AudioProcessingException("UNSUPPORTED",
                $"The {provider} stem separator cannot produce {string.Join(", ", missing)}; it produces {string.Join(", ", supported)}.");
        return stems.Distinct().ToList();
    }

    public static void CheckMix(AudioBuffer mix)
    {
        ArgumentNullException.ThrowIfNull(mix);
        if (mix.Length == 0)
            throw new AudioProcessingException("INVALID_INPUT", "The mix is empty.");
    }

    /// <param name="order">The stems the mask function returns, in its order.</param>
    /// <param name="wanted">The stems to return (a subset of <paramref name="order"/>).</param>
    /// <param name="parallelism">Segments processed at once (each holds its spectra and masks in memory).</param>
    public static Dictionary<StemKind, AudioBuffer> Separate(
        AudioBuffer mix, IReadOnlyList<StemKind> order, IReadOnlyList<StemKind> wanted, Stft stft,
        int segmentLength, int overlap, SegmentMasks masks, IProgress<AudioProgress>? progress, CancellationToken ct,
        int parallelism = 1)
    {
        var length = mix.Length;
        var outputs = wanted.ToDictionary(s => s, _ => Enumerable.Range(0, mix.ChannelCount).Select(_ => new float[length]).ToArray());
        var segments = Segments(length, segmentLength, overlap);
        var paired = new PairedStft(stft);
        // When every stem is wanted, the last one is the mix minus the others (its mask is 1 − theirs, and the inverse
        // is linear and exact): one inverse transform fewer per channel.
        StemKind? residual = order.All(wanted.Contains) && order.Count > 1 ? order[^1] : null;
        // (stem, channel) signals to invert, two per inverse FFT.
        var jobs = wanted.Where(stem => stem != residual)
            .SelectMany(stem => Enumerable.Range(0, mix.ChannelCount).Select(c => (Stem: stem, Channel: c))).ToList();
        var gate = new Lock();
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct };
        try
        {
            Parallel.For(0, segments.Count, options, i =>
            {
                var (start, end) = segments[i];
                var segment = mix.Slice(start, end - start);
                var spectra = new Complex[mix.ChannelCount][][];
                for (var c = 0; c < mix.ChannelCount; c += 2)
                {
                    var (a, b) = paired.Forward(segment.Channels[c], c + 1 < mix.ChannelCount ? segment.Channels[c + 1] : null);
                    spectra[c] = a;
                    if (b is not null) spectra[c + 1] = b;
                }
                ct.ThrowIfCancellationRequested();
                var segmentMasks = masks(spectra, mix.SampleRate, ct);
                var results = new List<(StemKind Stem, int Channel, float[] Audio)>(jobs.Count);
                var first = spectra[0].Select(frame => new Complex[frame.Length]).ToArray();
                var second = jobs.Count > 1 ? spectra[0].Select(frame => new Complex[frame.Length]).ToArray() : null;
                for (var j = 0; j < jobs.Count; j += 2)
                {
                    ct.ThrowIfCancellationRequested();
                    var x = jobs[j];
                    Apply(spectra[x.Channel], segmentMasks[IndexOf(order, x.Stem)][x.Channel], first);
                    var hasPair = j + 1 < jobs.Count;
                    if (hasPair)
                    {
                        var y = jobs[j + 1];
                        Apply(spectra[y.Channel], segmentMasks[IndexOf(order, y.Stem)][y.Channel], second!);
                    }
                    var (audioA, audioB) = paired.Inverse(first, hasPair ? second : null, end - start);
                    results.Add((x.Stem, x.Channel, audioA));
                    if (hasPair) results.Add((jobs[j + 1].Stem, jobs[j + 1].Channel, audioB!));
                }
                if (residual is { } rest)
                    for (var c = 0; c < mix.ChannelCount; c++)
                    {
                        var audio = (float[])segment.Channels[c].Clone();
                        foreach (var (_, channel, stem) in results)
                            if (channel == c)
                                for (var n = 0; n < audio.Length; n++) audio[n] -= stem[n];
                        results.Add((rest, c, audio));
                    }
                var fadeIn = i > 0 ? overlap : 0;
                var fadeOut = i < segments.Count - 1 ? overlap : 0;
                lock (gate)
                {
                    foreach (var (stem, channel, audio) in results)
                        Accumulate(outputs[stem][channel], audio, start, fadeIn, fadeOut);
                    done++;
                    progress?.Report(new AudioProgress((double)done / segments.Count,
                        $"Separated {done} of {segments.Count} segment(s) of {mix.DurationSeconds:0.#} s"));
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        return outputs.ToDictionary(p => p.Key, p => new AudioBuffer(mix.SampleRate, p.Value));
    }

    /// <summary>Segment bounds: every segment but the last is <paramref name="segmentLength"/> long and overlaps the next by <paramref name="overlap"/>.</summary>
    internal static List<(int Start, int End)> Segments(int length, int segmentLength, int overlap)
    {
        if (length <= segmentLength) return [(0, length)];
        var step = segmentLength - overlap;
        var count = (int)Math.Ceiling((double)(length - overlap) / step);
        var result = new List<(int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var start = i * step;
            result.Add((start, i == count - 1 ? length : start + segmentLength));
        }
        return result;
    }

    private static int IndexOf(IReadOnlyList<StemKind> order, StemKind stem)
    {
        for (var i = 0; i < order.Count; i++)
            if (order[i] == stem) return i;
        throw new InvalidOperationException($"No mask for {stem}.");
    }

    private static void Apply(Complex[][] spectrum, float[][] mask, Complex[][] target)
    {
        for (var t = 0; t < spectrum.Length; t++)
        {
            var x = spectrum[t];
            var m = mask[t];
            var y = target[t];
            for (var k = 0; k < x.Length; k++) y[k] = x[k] * m[k];
        }
    }

    /// <summary>Adds a segment's samples with complementary raised-cosine fades (the weights of two neighbours sum to 1).</summary>
    private static void Accumulate(float[] output, float[] segment, int start, int fadeIn, int fadeOut)
    {
        for (var j = 0; j < segment.Length; j++)
        {
            var weight = 1.0;
            if (j < fadeIn) weight = RisingWeight(j, fadeIn);
            else if (j >= segment.Length - fadeOut) weight = 1 - RisingWeight(j - (segment.Length - fadeOut), fadeOut);
            output[start + j] += (float)(segment[j] * weight);
        }
    }

    private static double RisingWeight(int j, int length) => 0.5 - 0.5 * Math.Cos(Math.PI * (j + 0.5) / length);
}
