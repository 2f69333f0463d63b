using System.Runtime.InteropServices;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>ffmpeg runs of the editor: progress from <c>-progress</c> out_time, failures as <see cref="VideoProcessingException"/>.</summary>
internal static class FfmpegRun
{
    public static async Task RunAsync(IEnumerable<string> arguments, double expectedSeconds, IProgress<VideoProgress>? progress,
        string what, CancellationToken ct, Func<Stream, CancellationToken, Task>? readStdout = null)
    {
        progress?.Report(new VideoProgress(0, what));
        try
        {
            await FfmpegProcess.RunAsync(arguments, readStdout: readStdout, progress: p =>
                progress?.Report(new VideoProgress(expectedSeconds > 0 ? Math.Clamp(p.OutTime.TotalSeconds / expectedSeconds, 0, 1) : 0, what)), ct: ct);
        }
        catch (FfmpegException e) when (e.ExitCode == -1)
        {
            throw new VideoProcessingException("UNSUPPORTED", e.Message, inner: e);
        }
        catch (FfmpegException e)
        {
            throw new VideoProcessingException("PROVIDER_ERROR", $"ffmpeg could not {what}: {e.Message}", inner: e);
        }
        progress?.Report(new VideoProgress(1, what));
    }

    /// <summary>Runs ffmpeg with <paramref name="arguments"/> that end in <c>-f s16le pipe:1</c> and returns the samples.</summary>
    public static async Task<short[]> ReadPcmAsync(IEnumerable<string> arguments, double expectedSeconds, IProgress<VideoProgress>? progress,
        string what, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await RunAsync(arguments, expectedSeconds, progress, what, ct, (s, token) => s.CopyToAsync(buffer, token));
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length & ~1);
        return MemoryMarshal.Cast<byte, short>(bytes).ToArray();
    }

    /// <summary>H.264 (yuv420p) + AAC MP4 with the index up front.</summary>
    public static string[] EncodeArguments(VideoEditorOptions o, bool audio)
    {
        var args = new List<string> { "-c:v", "libx264", "-preset", o.Preset, "-crf", o.Crf.ToString(System.Globalization.CultureInfo.InvariantCulture), "-pix_fmt", "yuv420p" };
        if (audio) args.AddRange(["-c:a", "aac", "-b:a", $"{o.AudioBitrateKbps}k"]);
        args.AddRange(["-movflags", "+faststart", "-f", "mp4"]);
        return [.. args];
    }

    /// <summary>
    /// Writes through <c>.partial</c> files renamed into place only when the whole run succeeded, so a cancelled or
    /// failed encode leaves no output behind.
    /// </summary>
    public static async Task WriteAtomicallyAsync(IReadOnlyList<string> outputs, Func<IReadOnlyList<string>, Task> render)
    {
        var partials = outputs.Select(o => o + ".partial").ToList();
        foreach (var o in outputs) Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o))!);
        try
        {
            await render(partials);
            for (var i = 0; i < outputs.Count; i++) File.Move(partials[i], outputs[i], overwrite: true);
        }
        finally
        {
            foreach (var p in partials) if (File.Exists(p)) File.Delete(p);
        }
    }
}
