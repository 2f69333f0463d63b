using System.Buffers.Binary;
using System.Text;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Speech;

/// <summary>Mono audio samples (-1..1) at a sample rate, read from and written to RIFF WAV (PCM 8/16/24/32-bit or float).</summary>
internal sealed record WavAudio(float[] Samples, int SampleRate)
{
    public double DurationSeconds => (double)Samples.Length / SampleRate;

    public static WavAudio Read(byte[] bytes, string what)
    {
        if (bytes.Length < 12 || Encoding.ASCII.GetString(bytes, 0, 4) != "RIFF" || Encoding.ASCII.GetString(bytes, 8, 4) != "WAVE")
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"{what} is not a WAV file ({bytes.Length} bytes).");
        int format = 0, channels = 0, rate = 0, bits = 0;
        var pos = 12;
        while (pos + 8 <= bytes.Length)
        {
            var id = Encoding.ASCII.GetString(bytes, pos, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(pos + 4));
            var body = pos + 8;
            if (id == "fmt " && body + 16 <= bytes.Length)
            {
                format = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(body));
                channels = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(body + 2));
                rate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(body + 4));
                bits = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(body + 14));
                if (format == 0xFFFE && size >= 40) format = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(body + 24));
            }
            else if (id == "data")
            {
                if (channels <= 0 || rate <= 0) break;
                // Streamed WAVs (espeak-ng to a pipe, some TTS servers) leave the size at 0 or 0xFFFFFFFF: read to the end.
                var length = size == 0 || size > bytes.Length - body ? bytes.Length - body : (int)size;
                return new WavAudio(Decode(bytes.AsSpan(body, length), format, channels, bits, what), rate);
            }
            pos = body + (int)Math.Min(size + (size & 1), int.MaxValue - body);
        }
        throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"{what} has no readable fmt/data chunks.");
    }

    private static float[] Decode(ReadOnlySpan<byte> data, int format, int channels, int bits, string what)
    {
        var bytesPer = bits / 8;
        if (!(format == 1 && bits is 8 or 16 or 24 or 32) && !(format == 3 && bits == 32))
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"{what} uses WAV format {format} with {bits} bits; PCM or float is expected.");
        var frames = data.Length / (bytesPer * channels);
        var samples = new float[frames];
        for (var f = 0; f < frames; f++)
        {
            double sum = 0;
            for (var c = 0; c < channels; c++)
            {
                var s = data.Slice((f * channels + c) * bytesPer, bytesPer);
                sum += format == 3 ? BinaryPrimitives.ReadSingleLittleEndian(s) : bits switch
                {
                    8 => (s[0] - 128) / 128.0,
                    16 => BinaryPrimitives.ReadInt16LittleEndian(s) / 32768.0,
                    24 => ((s[0] | (s[1] << 8) | (s[2] << 16)) << 8 >> 8) / 8388608.0,
                    _ => BinaryPrimitives.ReadInt32LittleEndian(s) / 2147483648.0,
                };
            }
            samples[f] = (float)(sum / channels);
        }
        return samples;
    }

    /// <summary>Linear resampling to <paramref name="rate"/> (speech only; good enough for narration).</summary>
    public WavAudio Resample(int rate)
    {
        if (rate == SampleRate) return this;
        var n = (int)Math.Round(Samples.Length * (double)rate / SampleRate);
        var output = new float[n];
        for (var i = 0; i < n; i++)
        {
            var x = i * (double)SampleRate / rate;
            var i0 = Math.Min((int)x, Samples.Length - 1);
            var i1 = Math.Min(i0 + 1, Samples.Length - 1);
            output[i] = (float)(Samples[i0] + (Samples[i1] - Samples[i0]) * (x - i0));
        }
        return new WavAudio(output, rate);
    }

    /// <summary>Writes 16-bit PCM mono.</summary>
    public async Task WriteAsync(string path, CancellationToken ct)
    {
        var bytes = new byte[44 + Samples.Length * 2];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), bytes.Length - 8);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(bytes, 8);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(34), 16);
        Encoding.ASCII.GetBytes("data").CopyTo(bytes, 36);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(40), Samples.Length * 2);
        for (var i = 0; i < Samples.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(44 + i * 2), (short)Math.Round(Math.Clamp(Samples[i], -1f, 1f) * 32767));
        await File.WriteAllBytesAsync(path, bytes, ct);
    }
}
