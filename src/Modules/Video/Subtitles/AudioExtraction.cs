using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Decodes the audio track of an audio or video file into the mono file a recognizer wants.</summary>
internal static class AudioExtraction
{
    /// <summary>16 kHz mono 16-bit WAV, what pocketsphinx's acoustic model and Whisper both work at.</summary>
    public static readonly string[] Wav16k = ["-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-f", "wav"];

    /// <summary>Speech-sized Opus (mono 16 kHz), for uploads over a server's size limit.</summary>
    public static string[] Opus(int kbps) => ["-ac", "1", "-ar", "16000", "-c:a", "libopus", "-b:a", $"{kbps}k", "-application", "voip", "-f", "ogg"];

    /// <summary>A new folder under <paramref name="root"/> (the system temp folder when null) for one request's files.</summary>
    public static string ScratchFolder(string? root, string prefix) => root is { Length: > 0 }
        ? Directory.CreateDirectory(Path.Combine(root, prefix + Guid.NewGuid().ToString("N"))).FullName
        : Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Writes the first audio track of <paramref name="mediaPath"/> with <paramref name="codec"/> to <paramref name="outputPath"/>; returns its duration.</summary>
    public static async Task<double> ExtractAsync(string mediaPath, string outputPath, IReadOnlyList<string> codec, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        if (!File.Exists(mediaPath)) throw new VideoProcessingException("INVALID_INPUT", $"Media file '{Path.GetFileName(mediaPath)}' does not exist.");
        var info = await VideoInfo.ProbeAsync(mediaPath, ct);
        if (!info.HasAudio) throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(mediaPath)}' has no audio track to transcribe.");
        try
        {
            await FfmpegProcess.RunAsync(["-y", "-i", mediaPath, "-vn", "-map", "0:a:0", .. codec, outputPath],
                progress: p => progress?.Report(new VideoProgress(info.DurationSeconds > 0 ? Math.Min(1, p.OutTime.TotalSeconds / info.DurationSeconds) : 0, "decoding audio")),
                ct: ct);
        }
        catch (FfmpegException e)
        {
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"The audio of '{Path.GetFileName(mediaPath)}' could not be decoded: {e.Message}", inner: e);
        }
        return info.DurationSeconds;
    }
}
