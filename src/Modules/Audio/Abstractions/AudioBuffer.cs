namespace MediaCreator.Modules.Audio.Abstractions;

/// <summary>Decoded PCM: one float array per channel (-1..1), all the same length, at <see cref="SampleRate"/>.</summary>
public sealed class AudioBuffer
{
    public AudioBuffer(int sampleRate, float[][] channels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        if (channels.Length == 0) throw new ArgumentException("At least one channel is needed.", nameof(channels));
        if (channels.Any(c => c.Length != channels[0].Length)) throw new ArgumentException("Channels differ in length.", nameof(channels));
        SampleRate = sampleRate;
        Channels = channels;
    }

    public int SampleRate { get; }

    public float[][] Channels { get; }

    public int ChannelCount => Channels.Length;

    /// <summary>Samples per channel.</summary>
    public int Length => Channels[0].Length;

    public double DurationSeconds => (double)Length / SampleRate;

    /// <summary>A silent buffer.</summary>
    public static AudioBuffer Silence(int sampleRate, int channels, int length) =>
        new(sampleRate, Enumerable.Range(0, channels).Select(_ => new float[length]).ToArray());

    /// <summary>The average of the channels (the buffer's own array when it is mono).</summary>
    public float[] Mono()
    {
        if (ChannelCount == 1) return Channels[0];
        var mono = new float[Length];
        var scale = 1f / ChannelCount;
        foreach (var channel in Channels)
            for (var i = 0; i < mono.Length; i++) mono[i] += channel[i] * scale;
        return mono;
    }

    /// <summary>Copies <paramref name="count"/> samples from <paramref name="start"/> (clamped to the buffer).</summary>
    public AudioBuffer Slice(int start, int count)
    {
        start = Math.Clamp(start, 0, Length);
        count = Math.Clamp(count, 0, Length - start);
        return new AudioBuffer(SampleRate, Channels.Select(c => c.AsSpan(start, count).ToArray()).ToArray());
    }

    public AudioBuffer Clone() => new(SampleRate, Channels.Select(c => (float[])c.Clone()).ToArray());

    /// <summary>Largest absolute sample value.</summary>
    public float Peak()
    {
        var peak = 0f;
        foreach (var channel in Channels)
            foreach (var s in channel) peak = Math.Max(peak, Math.Abs(s));
        return peak;
    }
}
