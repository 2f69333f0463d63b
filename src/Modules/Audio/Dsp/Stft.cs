using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace MediaCreator.Modules.Audio.Dsp;

/// <summary>
/// Short-time Fourier transform with a periodic Hann window (MathNet's FFT). Frames are centred (the signal is
/// reflect-padded by half a frame), so frame <c>t</c> is centred on sample <c>t * Hop</c>. <see cref="Inverse"/> is a
/// weighted overlap-add that reconstructs the signal exactly from an unmodified spectrogram.
/// </summary>
public sealed class Stft
{
    private readonly double[] _window;

    public Stft(int frameSize = 2048, int hop = 512)
    {
        if (frameSize < 16 || (frameSize & (frameSize - 1)) != 0) throw new ArgumentException("Frame size must be a power of two.", nameof(frameSize));
        if (hop < 1 || hop > frameSize / 2) throw new ArgumentOutOfRangeException(nameof(hop));
        FrameSize = frameSize;
        Hop = hop;
        _window = new double[frameSize];
        for (var i = 0; i < frameSize; i++) _window[i] = 0.5 - 0.5 * Math.Cos(2 * Math.PI * i / frameSize);
    }

    public int FrameSize { get; }

    public int Hop { get; }

    /// <summary>Bins per frame (<c>FrameSize / 2 + 1</c>).</summary>
    public int Bins => FrameSize / 2 + 1;

    /// <summary>Frequency of bin <paramref name="bin"/> in Hz.</summary>
    public double BinFrequency(int bin, int sampleRate) => (double)bin * sampleRate / FrameSize;

    public int FrameCount(int length) => length / Hop + 1;

    /// <summary>Complex spectra, <c>[frame][bin]</c>.</summary>
    public Complex[][] Forward(ReadOnlySpan<float> signal)
    {
        var frames = FrameCount(signal.Length);
        var result = new Complex[frames][];
        var buffer = new Complex[FrameSize];
        var half = FrameSize / 2;
        for (var t = 0; t < frames; t++)
        {
            var centre = t * Hop;
            for (var i = 0; i < FrameSize; i++)
                buffer[i] = new Complex(Reflect(signal, centre - half + i) * _window[i], 0);
            Fourier.Forward(buffer, FourierOptions.AsymmetricScaling);
            var spectrum = new Complex[Bins];
            Array.Copy(buffer, spectrum, Bins);
            result[t] = spectrum;
        }
        return result;
    }

    /// <summary>Magnitudes, <c>[frame][bin]</c>.</summary>
    public float[][] Magnitudes(ReadOnlySpan<float> signal) =>
        Forward(signal).Select(frame => frame.Select(c => (float)c.Magnitude).ToArray()).ToArray();

    /// <summary>Overlap-adds the spectra back to a signal of <paramref name="length"/> samples.</summary>
    public float[] Inverse(Complex[][] spectra, int length)
    {
        var output = new double[length];
        var norm = new double[length];
        var buffer = new Complex[FrameSize];
        var half = FrameSize / 2;
        for (var t = 0; t < spectra.Length; t++)
        {
            var spectrum = spectra[t];
            for (var k = 0; k < Bins; k++) buffer[k] = spectrum[k];
            for (var k = 1; k < half; k++) buffer[FrameSize - k] = Complex.Conjugate(spectrum[k]);
            Fourier.Inverse(buffer, FourierOptions.AsymmetricScaling);
            var start = t * Hop - half;
            for (var i = 0; i < FrameSize; i++)
            {
                var n = start + i;
                if (n < 0 || n >= length) continue;
                output[n] += buffer[i].Real * _window[i];
                norm[n] += _window[i] * _window[i];
            }
        }
        var result = new float[length];
        for (var n = 0; n < length; n++) result[n] = norm[n] > 1e-9 ? (float)(output[n] / norm[n]) : 0f;
        return result;
    }

    private static float Reflect(ReadOnlySpan<float> signal, int index)
    {
        if (signal.Length == 1) return signal[0];
        var period = 2 * (signal.Length - 1);
        index = Math.Abs(index) % period;
        if (index >= signal.Length) index = period - index;
        return signal[index];
    }
}
