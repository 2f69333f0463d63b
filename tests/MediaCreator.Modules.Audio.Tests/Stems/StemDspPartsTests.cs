using MediaCreator.Modules.Audio.Dsp;
using MediaCreator.Modules.Audio.Stems;
using MediaCreator.Modules.Audio.Tests.Support;

namespace MediaCreator.Modules.Audio.Tests.Stems;

public sealed class StemDspPartsTests
{
    [Fact]
    public void Sliding_median_equals_the_median_of_each_window()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 300).Select(_ => (float)Math.Round(random.NextDouble() * 20)).ToArray(); // many ties
        const int width = 13;
        var output = new float[values.Length - width + 1];

        MedianFilter.Sliding(values, width, output, new float[width]);

        for (var i = 0; i < output.Length; i++)
            Assert.Equal(values.Skip(i).Take(width).Order().ElementAt(width / 2), output[i]);
    }

    [Fact]
    public void Paired_transforms_match_the_stft_of_each_signal_and_invert_exactly()
    {
        var stft = new Stft(512, 128);
        var paired = new PairedStft(stft);
        var a = Signals.Noise(0.5, 8000, 0.3, seed: 1);
        var b = Signals.Sine(440, 0.5, 8000, 0.5);

        var (spectrumA, spectrumB) = paired.Forward(a, b);
        var expectedA = stft.Forward(a);
        var expectedB = stft.Forward(b);
        for (var t = 0; t < expectedA.Length; t++)
            for (var k = 0; k < stft.Bins; k++)
            {
                Assert.True((spectrumA[t][k] - expectedA[t][k]).Magnitude < 1e-9);
                Assert.True((spectrumB![t][k] - expectedB[t][k]).Magnitude < 1e-9);
            }

        // Masked spectra invert like Stft.Inverse does, two at a time.
        var maskedA = expectedA.Select((f, t) => f.Select((x, k) => x * (0.3 + 0.5 * Math.Sin(k + t))).ToArray()).ToArray();
        var maskedB = expectedB.Select((f, t) => f.Select((x, k) => x * (0.7 - 0.2 * Math.Cos(k * t))).ToArray()).ToArray();
        var (backA, backB) = paired.Inverse(maskedA, maskedB, a.Length);
        var oneA = stft.Inverse(maskedA, a.Length);
        var oneB = stft.Inverse(maskedB, a.Length);
        Assert.True(backA.Zip(oneA, (x, y) => Math.Abs(x - y)).Max() < 1e-5);
        Assert.True(backB!.Zip(oneB, (x, y) => Math.Abs(x - y)).Max() < 1e-5);
        var (exact, _) = paired.Inverse(spectrumA, null, a.Length);
        Assert.True(exact.Zip(a, (x, y) => Math.Abs(x - y)).Max() < 1e-5);
    }
}
