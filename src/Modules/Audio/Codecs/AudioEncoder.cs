using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Modules.Audio.Codecs;

/// <summary>A chapter marker written into the output file.</summary>
public sealed record AudioChapter(double StartSeconds, double EndSeconds, string Title);

/// <summary>Encoder settings beyond the format.</summary>
/// <param name="Tags">Container tags (title, artist, album, comment, date...).</param>
/// <param name="BitrateKbps">Lossy formats only (MP3 192, AAC 192, OGG quality ~ 192 by default).</param>
public sealed record AudioEncodeOptions(
    IReadOnlyDictionary<string, string>? Tags = null,
    IReadOnlyList<AudioChapter>? Chapters = null,
    int? BitrateKbps = null);

/// <summary>Encodes float PCM to WAV (16-bit), MP3 (LAME), FLAC, AAC (.m4a) or OGG (Vorbis) with ffmpeg, raw samples on its stdin.</summary>
public static class AudioEncoder
{
    public static async Task EncodeAsync(
        AudioBuffer audio, AudioFileFormat format, string outputPath, AudioEncodeOptions? options = null, CancellationToken ct = default)
    {
        options ??= new AudioEncodeOptions();
        string? metadataFile = null;
        var args = new List<string> { "-y", "-f", "f32le", "-ar", audio.SampleRate.ToString(CultureInfo.InvariantCulture),
            "-ac", audio.ChannelCount.ToString(CultureInfo.InvariantCulture), "-i", "pipe:0" };
        try
        {
            if (options.Chapters is { Count: > 0 } chapters)
            {
                metadataFile = Path.Combine(Path.GetTempPath(), $"mediacreator-chapters-{Guid.NewGuid():N}.txt");
                await File.WriteAllTextAsync(metadataFile, FfMetadata(chapters), ct);
                args.AddRange(["-f", "ffmetadata", "-i", metadataFile, "-map", "0:a", "-map_chapters", "1"]);
            }
            foreach (var (key, value) in options.Tags ?? new Dictionary<string, string>())
                args.AddRange(["-metadata", $"{key}={value}"]);
            var kbps = (options.BitrateKbps ?? 192).ToString(CultureInfo.InvariantCulture) + "k";
            args.AddRange(format switch
            {
                AudioFileFormat.Wav => ["-c:a", "pcm_s16le", "-f", "wav"],
                AudioFileFormat.Mp3 => ["-c:a", "libmp3lame", "-b:a", kbps, "-id3v2_version", "3", "-f", "mp3"],
                AudioFileFormat.Flac => ["-c:a", "flac", "-f", "flac"],
                AudioFileFormat.Aac => ["-c:a", "aac", "-b:a", kbps, "-movflags", "+faststart", "-f", "ipod"],
                AudioFileFormat.Ogg => ["-c:a", "libvorbis", "-b:a", kbps, "-f", "ogg"],
                _ => throw new ArgumentOutOfRangeException(nameof(format)),
            });
            args.Add(outputPath);
            await FfmpegProcess.RunAsync(args, writeStdin: (stdin, token) => WriteInterleavedAsync(audio, stdin, token), ct: ct);
        }
        catch (FfmpegException e)
        {
            throw new AudioProcessingException("ENCODING_FAILED", $"Encoding {format} failed: {e.Message}", inner: e);
        }
        finally
        {
            if (metadataFile is not null) File.Delete(metadataFile);
        }
    }

    /// <summary>Writes the samples interleaved as 32-bit float little-endian.</summary>
    public static async Task WriteInterleavedAsync(AudioBuffer audio, Stream stream, CancellationToken ct)
    {
        const int framesPerBlock = 8192;
        var channels = audio.ChannelCount;
        var block = new float[framesPerBlock * channels];
        for (var start = 0; start < audio.Length; start += framesPerBlock)
        {
            var frames = Math.Min(framesPerBlock, audio.Length - start);
            for (var f = 0; f < frames; f++)
                for (var c = 0; c < channels; c++)
                    block[f * channels + c] = audio.Channels[c][start + f];
            await stream.WriteAsync(MemoryMarshal.AsBytes(block.AsSpan(0, frames * channels)).ToArray(), ct);
        }
    }

    private static string FfMetadata(IReadOnlyList<AudioChapter> chapters)
    {
        var text = new StringBuilder(";FFMETADATA1\n");
        foreach (var chapter in chapters)
        {
            text.Append("[CHAPTER]\nTIMEBASE=1/1000\n")
                .Append(CultureInfo.InvariantCulture, $"START={(long)Math.Round(chapter.StartSeconds * 1000)}\n")
                .Append(CultureInfo.InvariantCulture, $"END={(long)Math.Round(chapter.EndSeconds * 1000)}\n")
                .Append("title=").Append(Escape(chapter.Title)).Append('\n');
        }
        return text.ToString();
    }

    private static string Escape(string value)
    {
        var text = new StringBuilder();
        foreach (var ch in value)
        {
            if (ch is '=' or ';' or '#' or '\\' or '\n') text.Append('\\');
            text.Append(ch);
        }
        return text.ToString();
    }
}
