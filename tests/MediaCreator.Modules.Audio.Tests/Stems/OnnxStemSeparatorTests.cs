using System.Numerics;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;
using MediaCreator.Modules.Audio.Stems.Onnx;
using MediaCreator.Modules.Audio.Tests.Support;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Audio.Tests.Stems;

public sealed class OnnxStemSeparatorTests : IDisposable
{
    private const int Rate = 16000;
    private const int Frame = 512;
    private const int Hop = 128;
    private const int Bins = Frame / 2 + 1;
    private static readonly float[] Weights = [0.08f, -0.05f, 0.02f, 0f];
    private static readonly StemKind[] ModelOrder = [StemKind.Vocal, StemKind.Drums, StemKind.Bass, StemKind.Other];

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    /// <summary>Per stem s: bias b_s(bin), a different ramp over frequency for each stem.</summary>
    private static float Bias(int stem, int bin) => (float)(stem switch
    {
        0 => Math.Sin(Math.PI * bin / Bins),
        1 => (double)bin / Bins * 2 - 0.5,
        2 => 1.5 - 3.0 * bin / Bins,
        _ => 0.0,
    });

    /// <summary>masks = Unsqueeze(Softmax(Concat_s(x·w_s + b_s), axis 0), 0): [1, C, B, T] → [1, 4, C, B, T], summing to 1.</summary>
    private string SoftmaxModel(object? frames = null)
    {
        frames ??= "frames";
        var model = new OnnxModelBuilder()
            .Input("magnitude", 1, "channels", Bins, frames)
            .Output("masks", 1, 4, "channels", Bins, frames)
            .Int64Tensor("axes", [1], [0]);
        for (var s = 0; s < 4; s++)
        {
            model.FloatTensor($"w{s}", [], [Weights[s]])
                .FloatTensor($"b{s}", [Bins, 1], Enumerable.Range(0, Bins).Select(k => Bias(s, k)).ToArray())
                .Node("Mul", ["magnitude", $"w{s}"], [$"m{s}"])
                .Node("Add", [$"m{s}", $"b{s}"], [$"l{s}"]);
        }
        model.Node("Concat", ["l0", "l1", "l2", "l3"], ["logits"], ("axis", 0))
            .Node("Softmax", ["logits"], ["soft"], ("axis", 0))
            .Node("Unsqueeze", ["soft", "axes"], ["masks"]);
        var path = _scratch.File($"softmax-{frames}.onnx");
        File.WriteAllBytes(path, model.Build());
        return path;
    }

    private static OnnxStemSeparator Separator(string? path, Action<OnnxStemOptions>? configure = null)
    {
        var options = new OnnxStemOptions { ModelPath = path, FrameSize = Frame, Hop = Hop, SampleRate = Rate, ChunkFrames = 100 };
        configure?.Invoke(options);
        return new OnnxStemSeparator(new FixedOptions(options));
    }

    private static AudioBuffer Mix()
    {
        var left = Signals.Noise(3, Rate, 0.2, seed: 7);
        var right = Signals.Sine(330, 3, Rate, 0.4);
        var bass = Signals.Sine(82.4, 3, Rate, 0.3);
        for (var i = 0; i < left.Length; i++)
        {
            left[i] += bass[i];
            right[i] += bass[i] + 0.3f * left[i];
        }
        return Signals.Stereo(left, right, Rate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(64)]
    public async Task A_model_built_here_separates_into_its_softmax_masks_applied_to_the_mix(int? fixedFrames)
    {
        // Dynamic frames run in chunks of ChunkFrames; a fixed frames axis in chunks of its size, the last zero-padded.
        using var separator = Separator(SoftmaxModel(fixedFrames));
        var mix = Mix();

        var stems = await separator.SeparateAsync(mix, ModelOrder, null, CancellationToken.None);

        // Expected: the same masks computed here from the mix's STFT magnitudes, applied and inverted.
        var stft = new Stft(Frame, Hop);
        for (var c = 0; c < 2; c++)
        {
            var spectrum = stft.Forward(mix.Channels[c]);
            var masked = Enumerable.Range(0, 4).Select(_ => spectrum.Select(f => new Complex[f.Length]).ToArray()).ToArray();
            var logits = new double[4];
            for (var t = 0; t < spectrum.Length; t++)
                for (var k = 0; k < Bins; k++)
                {
                    var x = spectrum[t][k];
                    for (var j = 0; j < 4; j++) logits[j] = Weights[j] * x.Magnitude + Bias(j, k);
                    var max = logits.Max();
                    var total = logits.Sum(l => Math.Exp(l - max));
                    for (var s = 0; s < 4; s++) masked[s][t][k] = x * (Math.Exp(logits[s] - max) / total);
                }
            for (var s = 0; s < 4; s++)
            {
                var expected = stft.Inverse(masked[s], mix.Length);
                var actual = stems[ModelOrder[s]].Channels[c];
                var error = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
                Assert.True(error < 1e-4, $"{ModelOrder[s]} channel {c}: max deviation {error}");
            }
        }
        // Softmax masks sum to 1: the stems sum back to the mix.
        Assert.True(StemMetrics.ResidualDb(mix, stems.Values) <= -60);
    }

    [Fact]
    public async Task Without_other_among_the_outputs_other_is_the_rest_of_the_mix()
    {
        using var separator = Separator(SoftmaxModel(), o => o.Stems = ["vocals", "drums", "bass", "piano"]);
        var mix = Mix();

        var stems = await separator.SeparateAsync(mix, [StemKind.Vocal, StemKind.Piano, StemKind.Other], null, CancellationToken.None);

        Assert.Equal([StemKind.Vocal, StemKind.Other, StemKind.Piano], stems.Keys.Order());
        // Softmax masks already sum to 1: the rest is silence.
        Assert.True(Signals.Rms(stems[StemKind.Other].Channels[0]) < 1e-5);
        Assert.Contains(StemKind.Other, separator.SupportedStems);
    }

    [Fact]
    public async Task A_wrong_shaped_model_a_non_onnx_file_and_a_missing_model_are_refused_clearly()
    {
        var mix = Mix();

        var rank3 = _scratch.File("rank3.onnx");
        File.WriteAllBytes(rank3, new OnnxModelBuilder()
            .Input("magnitude", 1, Bins, "frames").Output("masks", 1, Bins, "frames")
            .Node("Sigmoid", ["magnitude"], ["masks"]).Build());
        using (var separator = Separator(rank3))
        {
            var error = await Assert.ThrowsAsync<AudioProcessingException>(() => separator.SeparateAsync(mix, ModelOrder, null, CancellationToken.None));
            Assert.Equal("UNSUPPORTED", error.Code);
            Assert.Contains("rank 3", error.Message, StringComparison.Ordinal);
        }

        var wrongBins = _scratch.File("bins.onnx");
        File.WriteAllBytes(wrongBins, new OnnxModelBuilder()
            .Input("magnitude", 1, 2, 1025, "frames").Output("masks", 1, 4, 2, 1025, "frames")
            .Int64Tensor("axes", [1], [1]).Node("Unsqueeze", ["magnitude", "axes"], ["u"])
            .Int64Tensor("repeats", [5], [1, 4, 1, 1, 1]).Node("Tile", ["u", "repeats"], ["masks"]).Build());
        using (var separator = Separator(wrongBins))
        {
            var error = Assert.Throws<AudioProcessingException>(separator.Validate);
            Assert.Equal("UNSUPPORTED", error.Code);
            Assert.Contains("1025", error.Message, StringComparison.Ordinal);
            Assert.Contains($"expected {Bins}", error.Message, StringComparison.Ordinal);
        }

        var text = _scratch.File("notes.onnx");
        await File.WriteAllTextAsync(text, "these are not the weights you are looking for");
        using (var separator = Separator(text))
        {
            var error = await Assert.ThrowsAsync<AudioProcessingException>(() => separator.SeparateAsync(mix, ModelOrder, null, CancellationToken.None));
            Assert.Equal("INVALID_INPUT", error.Code);
            Assert.Contains("not a loadable ONNX model", error.Message, StringComparison.Ordinal);
        }

        using (var separator = Separator(null))
        {
            var error = await Assert.ThrowsAsync<AudioProcessingException>(() => separator.SeparateAsync(mix, ModelOrder, null, CancellationToken.None));
            Assert.Equal("UNSUPPORTED", error.Code);
            Assert.Contains("Audio:Stems:Onnx:ModelPath", error.Message, StringComparison.Ordinal);
        }

        using (var separator = Separator(SoftmaxModel(), o => o.SampleRate = 44100))
        {
            var error = await Assert.ThrowsAsync<AudioProcessingException>(() => separator.SeparateAsync(mix, ModelOrder, null, CancellationToken.None));
            Assert.Equal("INVALID_INPUT", error.Code);
            Assert.Contains("44100 Hz", error.Message, StringComparison.Ordinal);
        }
    }

    private sealed class FixedOptions(OnnxStemOptions value) : IOptionsMonitor<OnnxStemOptions>
    {
        public OnnxStemOptions CurrentValue => value;

        public OnnxStemOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OnnxStemOptions, string?> listener) => null;
    }
}
