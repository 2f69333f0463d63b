namespace MediaCreator.Modules.Audio.Stems.Onnx;

/// <summary>
/// <c>Audio:Stems:Onnx</c>: the separation model file the user supplies (nothing ships or downloads) and the STFT it
/// was trained with. See <see cref="OnnxStemSeparator"/> for the input/output convention the model must follow.
/// </summary>
public sealed class OnnxStemOptions
{
    public const string SectionName = "Audio:Stems:Onnx";

    /// <summary>Path of the <c>.onnx</c> file. Unset: the provider answers UNSUPPORTED.</summary>
    public string? ModelPath { get; set; }

    /// <summary>
    /// What the model's mask outputs are, in the order of the output's stems axis (<c>vocal</c>/<c>vocals</c>,
    /// <c>drums</c>, <c>bass</c>, <c>other</c>, <c>piano</c>, <c>guitar</c>). Without <c>other</c>, other is the rest of
    /// the mix (1 − the masks' sum).
    /// </summary>
    public List<string> Stems { get; set; } = ["vocals", "drums", "bass", "other"];

    /// <summary>STFT frame (power of two); the model's bins axis is <c>FrameSize / 2 + 1</c>.</summary>
    public int FrameSize { get; set; } = 4096;

    public int Hop { get; set; } = 1024;

    /// <summary>The rate the model was trained at; a mix at another rate is refused (decode it at this rate). Null: any.</summary>
    public int? SampleRate { get; set; } = 44100;

    /// <summary>Name of the magnitude input; null when the model has exactly one input.</summary>
    public string? InputName { get; set; }

    /// <summary>Name of the mask output; null when the model has exactly one output.</summary>
    public string? OutputName { get; set; }

    /// <summary>Frames per model call when the model's frames axis is dynamic (a fixed axis sets its own).</summary>
    public int ChunkFrames { get; set; } = 512;

    /// <summary>The mix is processed in segments of this length, crossfaded over <see cref="OverlapSeconds"/>.</summary>
    public double SegmentSeconds { get; set; } = 30;

    public double OverlapSeconds { get; set; } = 1;

    /// <summary>ONNX Runtime intra-op threads (0: its default).</summary>
    public int IntraOpThreads { get; set; }
}
