namespace MediaCreator.Modules.Audio.Stems;

/// <summary>
/// Median filters over a spectrogram <c>[frame][bin]</c> along time (per bin) or frequency (per frame), edges
/// replicated: the building blocks of Fitzgerald's harmonic/percussive separation (DAFx 2010). Each runs a sliding
/// window kept sorted (one removal and one insertion per step).
/// </summary>
internal static class MedianFilter
{
    /// <summary>Median over <paramref name="width"/> frames (odd) of each bin: sustained (harmonic) energy.</summary>
    public static float[][] AlongTime(float[][] spectrogram, int width, CancellationToken ct)
    {
        var frames = spectrogram.Length;
        var bins = frames == 0 ? 0 : spectrogram[0].Length;
        var result = new float[frames][];
        for (var t = 0; t < frames; t++) result[t] = new float[bins];
        var half = width / 2;
        var column = new float[frames + 2 * half];
        var filtered = new float[frames];
        var window = new float[width];
        for (var k = 0; k < bins; k++)
        {
            if ((k & 63) == 0) ct.ThrowIfCancellationRequested();
            for (var i = 0; i < column.Length; i++) column[i] = spectrogram[Math.Clamp(i - half, 0, frames - 1)][k];
            Sliding(column, width, filtered, window);
            for (var t = 0; t < frames; t++) result[t][k] = filtered[t];
        }
        return result;
    }

    /// <summary>Median over <paramref name="width"/> bins (odd) of each frame: broadband (percussive) energy.</summary>
    public static float[][] AlongFrequency(float[][] spectrogram, int width, CancellationToken ct)
    {
        var frames = spectrogram.Length;
        var result = new float[frames][];
        var half = width / 2;
        var window = new float[width];
        for (var t = 0; t < frames; t++)
        {
            if ((t & 63) == 0) ct.ThrowIfCancellationRequested();
            var frame = spectrogram[t];
            var padded = new float[frame.Length + 2 * half];
            for (var i = 0; i < padded.Length; i++) padded[i] = frame[Math.Clamp(i - half, 0, frame.Length - 1)];
            result[t] = new float[frame.Length];
            Sliding(padded, width, result[t], window);
        }
        return result;
    }

    /// <summary>output[i] = median(padded[i .. i + width)), with <paramref name="sorted"/> as the window's scratch.</summary>
    internal static void Sliding(float[] padded, int width, float[] output, float[] sorted)
    {
        Array.Copy(padded, sorted, width);
        Array.Sort(sorted);
        var half = width / 2;
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = sorted[half];
            if (i + width >= padded.Length) break;
            var outgoing = padded[i];
            var incoming = padded[i + width];
            var at = Array.BinarySearch(sorted, outgoing);
            // Slide the gap left from the outgoing value's slot to where the incoming one belongs, or right.
            if (at < 0) at = ~at; // cannot happen: the outgoing value is in the window
            while (at > 0 && sorted[at - 1] > incoming)
            {
                sorted[at] = sorted[at - 1];
                at--;
            }
            while (at < width - 1 && sorted[at + 1] < incoming)
            {
                sorted[at] = sorted[at + 1];
                at++;
            }
            sorted[at] = incoming;
        }
    }
}
