namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>
/// In-place radix-2 FFT of a real frame (single precision, no allocation per call): an N/2-point complex FFT of the
/// even/odd samples followed by the standard split step. Buffers and twiddles are owned by the instance (not thread-safe).
/// </summary>
internal sealed class RealFft
{
    private readonly int _half;
    private readonly int[] _reverse;
    private readonly float[] _cos;
    private readonly float[] _sin;
    private readonly float[] _splitCos;
    private readonly float[] _splitSin;
    private readonly float[] _re;
    private readonly float[] _im;

    public RealFft(int size)
    {
        if (size < 4 || (size & (size - 1)) != 0) throw new ArgumentException("FFT size must be a power of two.", nameof(size));
        Size = size;
        _half = size / 2;
        _re = new float[_half];
        _im = new float[_half];
        _reverse = new int[_half];
        var bits = (int)Math.Round(Math.Log2(_half));
        for (var i = 0; i < _half; i++)
        {
            var r = 0;
            for (var b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
            _reverse[i] = r;
        }
        _cos = new float[Math.Max(1, _half / 2)];
        _sin = new float[_cos.Length];
        for (var j = 0; j < _cos.Length; j++)
        {
            _cos[j] = (float)Math.Cos(2 * Math.PI * j / _half);
            _sin[j] = (float)-Math.Sin(2 * Math.PI * j / _half);
        }
        _splitCos = new float[_half + 1];
        _splitSin = new float[_half + 1];
        for (var k = 0; k <= _half; k++)
        {
            _splitCos[k] = (float)Math.Cos(2 * Math.PI * k / size);
            _splitSin[k] = (float)-Math.Sin(2 * Math.PI * k / size);
        }
    }

    public int Size { get; }

    /// <summary>Bins of the one-sided spectrum (<c>Size / 2 + 1</c>).</summary>
    public int Bins => _half + 1;

    /// <summary>Squared magnitudes of bins 0..Size/2 of <paramref name="frame"/> (length <see cref="Size"/>).</summary>
    public void PowerSpectrum(ReadOnlySpan<float> frame, Span<float> power)
    {
        Transform(frame);
        for (var k = 0; k <= _half; k++)
        {
            var (xr, xi) = Bin(k);
            power[k] = xr * xr + xi * xi;
        }
    }

    /// <summary>Complex bins 0..Size/2 of <paramref name="frame"/>.</summary>
    public void Spectrum(ReadOnlySpan<float> frame, Span<float> real, Span<float> imaginary)
    {
        Transform(frame);
        for (var k = 0; k <= _half; k++) (real[k], imaginary[k]) = Bin(k);
    }

    private void Transform(ReadOnlySpan<float> frame)
    {
        var re = _re;
        var im = _im;
        for (var i = 0; i < _half; i++)
        {
            var r = _reverse[i];
            re[r] = frame[2 * i];
            im[r] = frame[2 * i + 1];
        }
        for (var size = 2; size <= _half; size <<= 1)
        {
            var halfSize = size >> 1;
            var step = _half / size;
            for (var start = 0; start < _half; start += size)
            {
                for (var k = 0; k < halfSize; k++)
                {
                    var wr = _cos[k * step];
                    var wi = _sin[k * step];
                    var a = start + k;
                    var b = a + halfSize;
                    var tr = re[b] * wr - im[b] * wi;
                    var ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    private (float Real, float Imaginary) Bin(int k)
    {
        var k1 = k == _half ? 0 : k;
        var k2 = k == 0 || k == _half ? 0 : _half - k;
        var zr = _re[k1];
        var zi = _im[k1];
        var cr = _re[k2];
        var ci = -_im[k2];
        var er = 0.5f * (zr + cr);
        var ei = 0.5f * (zi + ci);
        var or = 0.5f * (zi - ci);
        var oi = -0.5f * (zr - cr);
        var wr = _splitCos[k];
        var wi = _splitSin[k];
        return (er + wr * or - wi * oi, ei + wr * oi + wi * or);
    }
}
