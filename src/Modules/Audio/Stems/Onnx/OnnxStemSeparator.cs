using System.Numerics;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace MediaCreator.Modules.Audio.Stems.Onnx;

/// <summary>
/// <c>onnx</c>: runs a spectrogram-masking separation model the user supplies (<see cref="OnnxStemOptions.ModelPath"/>),
/// in the convention of Open-Unmix-style maskers:
/// <list type="bullet">
/// <item>Input: float32 <c>[1, channels, bins, frames]</c>, the STFT magnitude of the mix (periodic Hann window of
/// <see cref="OnnxStemOptions.FrameSize"/>, hop <see cref="OnnxStemOptions.Hop"/>, frames centred on <c>t·hop</c>,
/// <c>bins = FrameSize/2 + 1</c>, unnormalised FFT magnitudes).</item>
/// <item>Output: float32 <c>[1, stems, channels, bins, frames]</c>, one mask per stem, channel and bin, stems in the
/// order of <see cref="OnnxStemOptions.Stems"/>.</item>
/// </list>
/// Any axis may be dynamic; fixed axes are checked when the model loads (bins against the frame size, stems against the
/// configured list) and a model that does not fit is refused with UNSUPPORTED, a file that is not ONNX with
/// INVALID_INPUT. Masks are clamped at 0 and normalised to sum to 1 per bin (when <c>other</c> is not among the
/// outputs it takes 1 − the sum), applied to the mix's complex STFT and inverted, so the stems sum back to the mix.
/// Long mixes run in crossfaded segments, each in chunks of frames. The session is loaded once per model file.
/// </summary>
public sealed class OnnxStemSeparator(IOptionsMonitor<OnnxStemOptions> options) : IStemSeparator, IDisposable
{
    private readonly Lock _gate = new();
    private LoadedModel? _model;

    public string Key => "onnx";

    public string DisplayName => "ONNX separation model";

    public bool BuiltIn => false;

    public IReadOnlyList<StemKind> SupportedStems
    {
        get
        {
            try
            {
                return Produced(ParseStems(options.CurrentValue.Stems));
            }
            catch (AudioProcessingException)
            {
                return [];
            }
        }
    }

    public Task<IReadOnlyDictionary<StemKind, AudioBuffer>> SeparateAsync(
        AudioBuffer mix, IReadOnlyCollection<StemKind> stems, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        StemMasking.CheckMix(mix);
        var o = options.CurrentValue;
        var model = Load(o);
        var wanted = StemMasking.Requested(stems, Produced(model.Stems), Key);
        if (o.SampleRate is { } rate && rate != mix.SampleRate)
            throw new AudioProcessingException("INVALID_INPUT", $"The ONNX separation model runs at {rate} Hz; the mix is at {mix.SampleRate} Hz (decode it at {rate} Hz).");
        if (model.Channels > 0 && model.Channels != mix.ChannelCount)
            throw new AudioProcessingException("INVALID_INPUT", $"The ONNX separation model takes {model.Channels} channel(s); the mix has {mix.ChannelCount}.");
        return Task.Run<IReadOnlyDictionary<StemKind, AudioBuffer>>(() =>
        {
            var stft = new Stft(o.FrameSize, o.Hop);
            var segment = (int)Math.Max(o.SegmentSeconds * mix.SampleRate, 4 * o.FrameSize);
            var overlap = (int)Math.Clamp(o.OverlapSeconds * mix.SampleRate, 1, segment / 2);
            return StemMasking.Separate(mix, Produced(model.Stems), wanted, stft, segment, overlap,
                (spectra, _, token) => model.Masks(spectra, o.ChunkFrames, token), progress, ct);
        }, ct);
    }

    /// <summary>Loads and checks the configured model now (the provider otherwise does so on first use).</summary>
    public void Validate() => Load(options.CurrentValue);

    public void Dispose()
    {
        lock (_gate)
        {
            _model?.Dispose();
            _model = null;
        }
    }

    private static IReadOnlyList<StemKind> Produced(IReadOnlyList<StemKind> modelStems) =>
        modelStems.Contains(StemKind.Other) ? modelStems : [.. modelStems, StemKind.Other];

    private LoadedModel Load(OnnxStemOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.ModelPath))
            throw new AudioProcessingException("UNSUPPORTED", $"The ONNX stem separator has no model: set {OnnxStemOptions.SectionName}:ModelPath to a separation model file.");
        if (!File.Exists(o.ModelPath))
            throw new AudioProcessingException("INVALID_INPUT", $"The ONNX separation model file '{o.ModelPath}' does not exist.");
        if (o.FrameSize < 16 || (o.FrameSize & (o.FrameSize - 1)) != 0 || o.Hop < 1 || o.Hop > o.FrameSize / 2)
            throw new AudioProcessingException("UNSUPPORTED", $"{OnnxStemOptions.SectionName}: FrameSize must be a power of two and Hop at most half of it.");
        var stems = ParseStems(o.Stems);
        var stamp = (Path.GetFullPath(o.ModelPath), File.GetLastWriteTimeUtc(o.ModelPath), o.FrameSize, string.Join(',', stems), o.InputName, o.OutputName);
        lock (_gate)
        {
            if (_model is not null && _model.Stamp.Equals(stamp))
                return _model;
            var loaded = LoadedModel.Open(o, stems, stamp);
            _model?.Dispose();
            _model = loaded;
            return loaded;
        }
    }

    internal static IReadOnlyList<StemKind> ParseStems(IEnumerable<string>? names)
    {
        var result = new List<StemKind>();
        foreach (var raw in names ?? [])
        {
            var name = raw.Trim().ToLowerInvariant();
            StemKind? stem = name switch
            {
                "vocal" or "vocals" or "voice" => StemKind.Vocal,
                "drum" or "drums" => StemKind.Drums,
                "bass" => StemKind.Bass,
                "other" or "accompaniment" or "rest" => StemKind.Other,
                "piano" => StemKind.Piano,
                "guitar" => StemKind.Guitar,
                _ => null,
            };
            if (stem is null)
                throw new AudioProcessingException("UNSUPPORTED", $"{OnnxStemOptions.SectionName}:Stems names an unknown stem '{raw}'.");
            if (result.Contains(stem.Value))
                throw new AudioProcessingException("UNSUPPORTED", $"{OnnxStemOptions.SectionName}:Stems names {stem} twice.");
            result.Add(stem.Value);
        }
        if (result.Count == 0)
            throw new AudioProcessingException("UNSUPPORTED", $"{OnnxStemOptions.SectionName}:Stems is empty.");
        return result;
    }

    /// <summary>A loaded, checked session and what it expects.</summary>
    private sealed class LoadedModel : IDisposable
    {
        private readonly InferenceSession _session;
        private readonly string _input;
        private readonly string _output;
        private readonly int _bins;
        private readonly int _fixedFrames;

        private LoadedModel(InferenceSession session, object stamp, IReadOnlyList<StemKind> stems, string input, string output, int channels, int bins, int fixedFrames)
        {
            _session = session;
            Stamp = stamp;
            Stems = stems;
            _input = input;
            _output = output;
            Channels = channels;
            _bins = bins;
            _fixedFrames = fixedFrames;
        }

        public object Stamp { get; }

        public IReadOnlyList<StemKind> Stems { get; }

        /// <summary>Fixed channel count of the model, or 0 when dynamic.</summary>
        public int Channels { get; }

        public static LoadedModel Open(OnnxStemOptions o, IReadOnlyList<StemKind> stems, object stamp)
        {
            InferenceSession session;
            try
            {
                using var sessionOptions = new SessionOptions();
                if (o.IntraOpThreads > 0) sessionOptions.IntraOpNumThreads = o.IntraOpThreads;
                session = new InferenceSession(o.ModelPath!, sessionOptions);
            }
            catch (OnnxRuntimeException e)
            {
                throw new AudioProcessingException("INVALID_INPUT", $"'{Path.GetFileName(o.ModelPath)}' is not a loadable ONNX model: {e.Message}", inner: e);
            }
            try
            {
                var bins = o.FrameSize / 2 + 1;
                var (inputName, input) = Pick(session.InputMetadata, o.InputName, "input");
                var (outputName, output) = Pick(session.OutputMetadata, o.OutputName, "output");
                Expect(input, inputName, 4, "[1, channels, bins, frames] magnitudes");
                Expect(output, outputName, 5, "[1, stems, channels, bins, frames] masks");
                var inDims = input.Dimensions;
                var outDims = output.Dimensions;
                Fixed(inDims[0], 1, inputName, "batch");
                Fixed(outDims[0], 1, outputName, "batch");
                Fixed(inDims[2], bins, inputName, $"bins (FrameSize {o.FrameSize} gives {bins})");
                Fixed(outDims[3], bins, outputName, $"bins (FrameSize {o.FrameSize} gives {bins})");
                Fixed(outDims[1], stems.Count, outputName, $"stems ({OnnxStemOptions.SectionName}:Stems lists {stems.Count})");
                if (inDims[1] > 0 && outDims[2] > 0 && inDims[1] != outDims[2])
                    throw Unfit($"its input has {inDims[1]} channels but its output {outDims[2]}");
                if (inDims[3] > 0 && outDims[4] > 0 && inDims[3] != outDims[4])
                    throw Unfit($"its input has {inDims[3]} frames but its output {outDims[4]}");
                var channels = Math.Max(inDims[1], outDims[2]);
                return new LoadedModel(session, stamp, stems, inputName, outputName, Math.Max(0, channels), bins, Math.Max(0, inDims[3]));
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }

        /// <summary>Masks of one segment, <c>[stem][channel][frame][bin]</c>, normalised to sum to 1 (other appended when missing).</summary>
        public float[][][][] Masks(Complex[][][] spectra, int chunkFrames, CancellationToken ct)
        {
            var channels = spectra.Length;
            var frames = spectra[0].Length;
            var stems = Stems.Count;
            var masks = new float[stems][][][];
            for (var s = 0; s < stems; s++)
            {
                masks[s] = new float[channels][][];
                for (var c = 0; c < channels; c++)
                {
                    masks[s][c] = new float[frames][];
                    for (var t = 0; t < frames; t++) masks[s][c][t] = new float[_bins];
                }
            }
            var chunk = _fixedFrames > 0 ? _fixedFrames : chunkFrames > 0 ? chunkFrames : frames;
            for (var from = 0; from < frames; from += chunk)
            {
                ct.ThrowIfCancellationRequested();
                var count = Math.Min(chunk, frames - from);
                var width = _fixedFrames > 0 ? _fixedFrames : count;
                var data = new float[channels * _bins * width];
                for (var c = 0; c < channels; c++)
                    for (var t = 0; t < count; t++)
                    {
                        var frame = spectra[c][from + t];
                        for (var k = 0; k < _bins; k++) data[(c * _bins + k) * width + t] = (float)frame[k].Magnitude;
                    }
                using var input = OrtValue.CreateTensorValueFromMemory(data, [1, channels, _bins, width]);
                using var runOptions = new RunOptions();
                using var results = Run(runOptions, input);
                var result = results[0];
                var shape = result.GetTensorTypeAndShape().Shape;
                if (shape.Length != 5 || shape[0] != 1 || shape[1] != stems || shape[2] != channels || shape[3] != _bins || shape[4] != width)
                    throw Unfit($"it answered masks of shape [{string.Join(", ", shape)}] for an input of [1, {channels}, {_bins}, {width}]");
                var output = result.GetTensorDataAsSpan<float>();
                for (var s = 0; s < stems; s++)
                    for (var c = 0; c < channels; c++)
                        for (var k = 0; k < _bins; k++)
                        {
                            var offset = (((s * channels) + c) * _bins + k) * width;
                            for (var t = 0; t < count; t++)
                            {
                                var m = output[offset + t];
                                masks[s][c][from + t][k] = float.IsFinite(m) && m > 0 ? m : 0f;
                            }
                        }
            }
            return Normalise(masks, channels, frames);
        }

        private Microsoft.ML.OnnxRuntime.IDisposableReadOnlyCollection<OrtValue> Run(RunOptions runOptions, OrtValue input)
        {
            try
            {
                return _session.Run(runOptions, [_input], [input], [_output]);
            }
            catch (OnnxRuntimeException e)
            {
                throw new AudioProcessingException("UNSUPPORTED", $"The ONNX separation model failed to run: {e.Message}", inner: e);
            }
        }

        private float[][][][] Normalise(float[][][][] masks, int channels, int frames)
        {
            var hasOther = Stems.Contains(StemKind.Other);
            var result = hasOther ? masks : [.. masks, Enumerable.Range(0, channels).Select(_ => Enumerable.Range(0, frames).Select(_ => new float[_bins]).ToArray()).ToArray()];
            var count = masks.Length;
            for (var c = 0; c < channels; c++)
                for (var t = 0; t < frames; t++)
                    for (var k = 0; k < _bins; k++)
                    {
                        double sum = 0;
                        for (var s = 0; s < count; s++) sum += masks[s][c][t][k];
                        if (hasOther)
                        {
                            if (sum <= 1e-12)
                                for (var s = 0; s < count; s++) masks[s][c][t][k] = 1f / count;
                            else
                                for (var s = 0; s < count; s++) masks[s][c][t][k] = (float)(masks[s][c][t][k] / sum);
                        }
                        else
                        {
                            if (sum > 1)
                                for (var s = 0; s < count; s++) masks[s][c][t][k] = (float)(masks[s][c][t][k] / sum);
                            result[count][c][t][k] = (float)Math.Max(0, 1 - Math.Min(sum, 1));
                        }
                    }
            return result;
        }

        public void Dispose() => _session.Dispose();

        private static (string Name, NodeMetadata Meta) Pick(IReadOnlyDictionary<string, NodeMetadata> nodes, string? wanted, string what)
        {
            if (wanted is { Length: > 0 })
                return nodes.TryGetValue(wanted, out var named)
                    ? (wanted, named)
                    : throw Unfit($"it has no {what} named '{wanted}' (it has {string.Join(", ", nodes.Keys)})");
            if (nodes.Count != 1)
                throw Unfit($"it has {nodes.Count} {what}s ({string.Join(", ", nodes.Keys)}); name the one to use in {OnnxStemOptions.SectionName}:{(what == "input" ? "InputName" : "OutputName")}");
            var only = nodes.First();
            return (only.Key, only.Value);
        }

        private static void Expect(NodeMetadata node, string name, int rank, string convention)
        {
            if (!node.IsTensor || node.ElementType != typeof(float))
                throw Unfit($"'{name}' is not a float32 tensor (expected {convention})");
            if (node.Dimensions.Length != rank)
                throw Unfit($"'{name}' has rank {node.Dimensions.Length} [{string.Join(", ", node.Dimensions)}], expected {convention}");
        }

        private static void Fixed(int actual, int expected, string name, string axis)
        {
            if (actual > 0 && actual != expected)
                throw Unfit($"'{name}' has {actual} on its {axis} axis, expected {expected}");
        }

        private static AudioProcessingException Unfit(string why) =>
            new("UNSUPPORTED", $"The ONNX model does not follow the separation convention ([1, channels, bins, frames] magnitudes in, [1, stems, channels, bins, frames] masks out): {why}.");
    }
}
