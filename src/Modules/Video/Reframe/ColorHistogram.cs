namespace MediaCreator.Modules.Video.Reframe;

/// <summary>A normalised 32-bin histogram per BGR channel; two frames of different shots differ a lot in it.</summary>
internal sealed class ColorHistogram
{
    private const int Bins = 32;
    private readonly double[] _bins = new double[3 * Bins];

    public ColorHistogram(ReadOnlySpan<byte> bgr)
    {
        for (var i = 0; i + 2 < bgr.Length; i += 3)
        {
            _bins[bgr[i] >> 3]++;
            _bins[Bins + (bgr[i + 1] >> 3)]++;
            _bins[2 * Bins + (bgr[i + 2] >> 3)]++;
        }
        var pixels = Math.Max(1, bgr.Length / 3);
        for (var i = 0; i < _bins.Length; i++) _bins[i] /= pixels;
    }

    /// <summary>Total-variation distance averaged over the channels: 0 for equal histograms, 1 for disjoint ones.</summary>
    public double DistanceTo(ColorHistogram other)
    {
        var sum = 0.0;
        for (var i = 0; i < _bins.Length; i++) sum += Math.Abs(_bins[i] - other._bins[i]);
        return sum / 6;
    }
}
