using System.Buffers;
using System.Runtime.InteropServices;
using FFMpegCore;
using FFMpegCore.Exceptions;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Modules.Audio.Codecs;

/// <summary>
/// Decodes any file ffmpeg reads (WAV, MP3, FLAC, OGG, M4A, a video's audio track...) to float PCM through ffmpeg's
/// stdout (32-bit float little-endian), optionally resampled and down-mixed by ffmpeg itself.
/// </summary>
public static class AudioDecoder
{
    /// <summary>Decodes <paramref name="path"/>.</summary>
    /// <param name="sampleRate">Resample to this rate (the file's rate when null).</param>
    /// <param name="channels">Mix to this many channels (the file's count, at most 2, when null).</param>
    /// <param name="start">Seek before decoding (seconds).</param>
    /// <param name="duration">Decode at most this long (seconds).</param>
    public static async Task<AudioBuffer> DecodeAsync(
        string path, int? sampleRate = null, int? channels = null, double? start = null, double? duration = null,
        IProgress<AudioProgress>? progress = null, CancellationToken ct = default)
    {
        var (fileRate, fileChannels, fileDuration) = await ProbeAsync(path, ct);
        var rate = sampleRate ?? fileRate;
        // Mono is the plain average of the channels (ffmpeg's -ac 1 would mix at -3 dB each).
        var mixToMono = channels == 1 && fileChannels > 1;
        var count = mixToMono ? Math.Min(2, fileChannels) : channels ?? Math.Min(2, fileChannels);
        var args = new List<string> { "-nostdin" };
        if (start is > 0) args.AddRange(["-ss", Invariant(start.Value)]);
        if (duration is > 0) args.AddRange(["-t", Invariant(duration.Value)]);
        args.AddRange(["-i", path, "-vn", "-sn", "-dn", "-map", "0:a:0", "-ac", count.ToString(), "-ar", rate.ToString(),
            "-f", "f32le", "-acodec", "pcm_f32le", "pipe:1"]);

        var expected = Math.Max(0, (duration ?? fileDuration - (start ?? 0)) * rate);
        var interleaved = new List<float[]>();
        long total = 0;
        try
        {
            await FfmpegProcess.RunAsync(args, readStdout: async (stdout, token) =>
            {
                var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
                var carry = 0;
                try
                {
                    int read;
                    while ((read = await stdout.ReadAsync(chunk.AsMemory(carry, chunk.Length - carry), token)) > 0)
                    {
                        var bytes = carry + read;
                        var floats = bytes / 4;
                        var block = MemoryMarshal.Cast<byte, float>(chunk.AsSpan(0, floats * 4)).ToArray();
                        interleaved.Add(block);
                        total += floats;
                        carry = bytes - floats * 4;
                        if (carry > 0) chunk.AsSpan(floats * 4, carry).CopyTo(chunk);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(chunk);
                }
            }, progress: p =>
            {
                if (expected > 0) progress?.Report(new AudioProgress(Math.Min(1, p.OutTime.TotalSeconds * rate / expected), "decoding"));
            }, ct: ct);
        }
        catch (FfmpegException e)
        {
            throw new AudioProcessingException("UNSUPPORTED_MEDIA", $"The audio could not be decoded: {e.Message}", inner: e);
        }

        var frames = (int)(total / count);
        var output = new float[count][];
        for (var c = 0; c < count; c++) output[c] = new float[frames];
        long index = 0;
        foreach (var block in interleaved)
        {
            foreach (var sample in block)
            {
                var frame = index / count;
                if (frame >= frames) break;
                output[index % count][frame] = sample;
                index++;
            }
        }
        if (frames == 0) throw new AudioProcessingException("UNSUPPORTED_MEDIA", "The file holds no audio samples.");
        var buffer = new AudioBuffer(rate, output);
        return mixToMono ? new AudioBuffer(rate, [buffer.Mono()]) : buffer;
    }

    /// <summary>Sample rate, channel count and duration (seconds) of the first audio stream.</summary>
    public static async Task<(int SampleRate, int Channels, double Duration)> ProbeAsync(string path, CancellationToken ct = default)
    {
        IMediaAnalysis analysis;
        try
        {
            analysis = await FFProbe.AnalyseAsync(path, cancellationToken: ct);
        }
        catch (Exception e) when (e is FFMpegException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            throw new AudioProcessingException("UNSUPPORTED_MEDIA", "The file could not be read as audio.", inner: e);
        }
        var audio = analysis.PrimaryAudioStream
            ?? throw new AudioProcessingException("UNSUPPORTED_MEDIA", "The file has no audio stream.");
        return (audio.SampleRateHz is > 0 and var hz ? hz : 44100, Math.Max(1, audio.Channels ?? 1), analysis.Duration.TotalSeconds);
    }

    private static string Invariant(double value) => value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
