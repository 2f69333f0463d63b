namespace MediaCreator.Modules.Audio.Stems;

/// <summary>
/// Median filters over a spectrogram <c>[frame][bin]</c> along time (per bin) or frequency (per frame), edges
/// replicated: the building blocks of Fitzgerald's harmonic/percussive separation (DAFx 2010).
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
        var window = new float[width];
        for (var k = 0; k < bins; k++)
        {
            if ((k & 63) == 0) ct.ThrowIfCancellationRequested();
            for (var i = 0; i < column.Length; i++) column[i] = spectrogram[Math.Clamp(i - half, 0, frames - 1)][k];
            for (var t = 0; t < frames; t++)
            {
                Array.Copy(column, t, window, 0, width);
                result[t][k] = Select(window, half);
            }
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
            var bins = frame.Length;
            var padded = new float[bins + 2 * half];
            for (var i = 0; i < padded.Length; i++) padded[i] = frame[Math.Clamp(i - half, 0, bins - 1)];
            var output = new float[bins];
            for (var k = 0; k < bins; k++)
            {
                Array.Copy(padded, k, window, 0, width);
                output[k] = Select(window, half);
            }
            result[t] = output;
        }
        return result;
    }

    /// <summary>The <paramref name="rank"/>-th smallest value (Hoare's quickselect; reorders <paramref name="values"/>).</summary>
    internal static float Select(float[] values, int rank)
    {
        var left = 0;
        var right = values.Length - 1;
        while (right > left)
        {
            var pivot = values[(left + right) >> 1];
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (rank <= j) right = j;
            else if (rank >= i) left = i;
            else return values[rank];
        }
        return values[rank];
    }
}
