using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Modules.Audio.Stems;

/// <summary>
/// <see cref="Stft"/>'s transforms (same periodic Hann window, centred reflect-padded frames, weighted overlap-add
/// inverse, same spectra) computed two real signals at a time: one complex FFT of <c>a + i·b</c> gives both spectra by
/// conjugate symmetry, and one inverse FFT of <c>A + i·B</c> gives both signals as its real and imaginary parts. Half
/// the FFTs of calling <see cref="Stft"/> per signal.
/// </summary>
internal sealed class PairedStft
{
    private readonly double[] _window;

    public PairedStft(Stft stft)
    {
        Stft = stft;
        _window = new double[stft.FrameSize];
        for (var i = 0; i < _window.Length; i++) _window[i] = 0.5 - 0.5 * Math.Cos(2 * Math.PI * i / _window.Length);
    }

    public Stft Stft { get; }

    /// <summary>Spectra <c>[frame][bin]</c> of each signal; <paramref name="b"/> may be null (one signal).</summary>
    public (Complex[][] A, Complex[][]? B) Forward(float[] a, float[]? b)
    {
        var n = Stft.FrameSize;
        var half = n / 2;
        var bins = Stft.Bins;
        var frames = Stft.FrameCount(a.Length);
        var resultA = new Complex[frames][];
        var resultB = b is null ? null : new Complex[frames][];
        var buffer = new Complex[n];
        for (var t = 0; t < frames; t++)
        {
            var start = t * Stft.Hop - half;
            for (var i = 0; i < n; i++)
            {
                var index = Reflect(start + i, a.Length);
                buffer[i] = new Complex(a[index] * _window[i], b is null ? 0 : b[index] * _window[i]);
            }
            Fourier.Forward(buffer, FourierOptions.AsymmetricScaling);
            var spectrumA = new Complex[bins];
            if (resultB is null)
            {
                Array.Copy(buffer, spectrumA, bins);
            }
            else
            {
                var spectrumB = new Complex[bins];
                for (var k = 0; k < bins; k++)
                {
                    var z = buffer[k];
                    var mirror = Complex.Conjugate(buffer[(n - k) % n]);
                    spectrumA[k] = (z + mirror) * 0.5;
                    var d = (z - mirror) * 0.5;
                    spectrumB[k] = new Complex(d.Imaginary, -d.Real); // d / i
                }
                resultB[t] = spectrumB;
            }
            resultA[t] = spectrumA;
        }
        return (resultA, resultB);
    }

    /// <summary>Overlap-adds spectra back to signals of <paramref name="length"/> samples; <paramref name="b"/> may be null.</summary>
    public (float[] A, float[]? B) Inverse(Complex[][] a, Complex[][]? b, int length)
    {
        var n = Stft.FrameSize;
        var half = n / 2;
        var bins = Stft.Bins;
        var outA = new double[length];
        var outB = b is null ? null : new double[length];
        var norm = new double[length];
        var buffer = new Complex[n];
        for (var t = 0; t < a.Length; t++)
        {
            var sa = a[t];
            var sb = b?[t];
            for (var k = 0; k < bins; k++)
            {
                // DC and Nyquist count by their real parts only, as in Stft.Inverse.
                var edge = k == 0 || k == half;
                var x = edge ? new Complex(sa[k].Real, 0) : sa[k];
                var y = sb is null ? Complex.Zero : edge ? new Complex(sb[k].Real, 0) : sb[k];
                buffer[k] = new Complex(x.Real - y.Imaginary, x.Imaginary + y.Real); // x + i·y
                if (k > 0 && k < half)
                    buffer[n - k] = new Complex(x.Real + y.Imaginary, y.Real - x.Imaginary); // conj(x) + i·conj(y)
            }
            Fourier.Inverse(buffer, FourierOptions.AsymmetricScaling);
            var start = t * Stft.Hop - half;
            for (var i = 0; i < n; i++)
            {
                var index = start + i;
                if (index < 0 || index >= length) continue;
                var w = _window[i];
                outA[index] += buffer[i].Real * w;
                if (outB is not null) outB[index] += buffer[i].Imaginary * w;
                norm[index] += w * w;
            }
        }
        var resultA = new float[length];
        var resultB = outB is null ? null : new float[length];
        for (var i = 0; i < length; i++)
        {
            if (norm[i] <= 1e-9) continue;
            resultA[i] = (float)(outA[i] / norm[i]);
            if (resultB is not null) resultB[i] = (float)(outB![i] / norm[i]);
        }
        return (resultA, resultB);
    }

    private static int Reflect(int index, int length)
    {
        if (length == 1) return 0;
        var period = 2 * (length - 1);
        index = Math.Abs(index) % period;
        return index >= length ? period - index : index;
    }
}
