using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MediaCreator.Modules.Video.Abstractions;

/// <summary>What ffprobe says about a media file: the first video stream and whether there is audio.</summary>
public sealed record VideoInfo(
    double DurationSeconds, int Width, int Height, double Fps, bool HasAudio, bool HasVideo,
    string? VideoCodec, string? AudioCodec, int? BitrateKbps, int? AudioSampleRate, int? AudioChannels)
{
    /// <summary>The reduced display aspect, e.g. <c>9:16</c>.</summary>
    public string AspectRatio => Abstractions.AspectRatio.Reduce(Width, Height);

    /// <summary>The ffprobe binary, <c>ffprobe</c> on PATH unless <c>MEDIACREATOR_FFPROBE</c> names another.</summary>
    public static string FfprobeBinary { get; } = Environment.GetEnvironmentVariable("MEDIACREATOR_FFPROBE") is { Length: > 0 } b ? b : "ffprobe";

    /// <summary>Probes <paramref name="path"/>; a file ffprobe cannot read is <c>UNSUPPORTED_MEDIA</c>.</summary>
    public static async Task<VideoInfo> ProbeAsync(string path, CancellationToken ct)
    {
        var start = new ProcessStartInfo(FfprobeBinary)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in (string[])["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path]) start.ArgumentList.Add(a);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new VideoProcessingException("UNSUPPORTED", $"ffprobe could not be started ({FfprobeBinary}): {e.Message}. Install ffmpeg.", inner: e);
        }
        using var kill = ct.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        ct.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(path)}' is not a readable media file: {(await stderr).Trim()}");
        return Parse(await stdout);
    }

    internal static VideoInfo Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        JsonElement? video = null, audio = null;
        if (root.TryGetProperty("streams", out var streams))
        {
            foreach (var s in streams.EnumerateArray())
            {
                var type = s.TryGetProperty("codec_type", out var t) ? t.GetString() : null;
                var attachedPic = s.TryGetProperty("disposition", out var d) && d.TryGetProperty("attached_pic", out var ap) && ap.GetInt32() == 1;
                if (type == "video" && video is null && !attachedPic) video = s;
                else if (type == "audio" && audio is null) audio = s;
            }
        }
        var format = root.TryGetProperty("format", out var f) ? f : default;
        var duration = Number(format, "duration") ?? (video is { } v0 ? Number(v0, "duration") : null) ?? (audio is { } a0 ? Number(a0, "duration") : null) ?? 0;
        int width = 0, height = 0;
        double fps = 0;
        if (video is { } v)
        {
            width = v.TryGetProperty("width", out var w) ? w.GetInt32() : 0;
            height = v.TryGetProperty("height", out var h) ? h.GetInt32() : 0;
            if (Rotation(v) is 90 or 270) (width, height) = (height, width);
            fps = Rate(v, "avg_frame_rate") ?? Rate(v, "r_frame_rate") ?? 0;
        }
        var bitrate = Number(format, "bit_rate");
        return new VideoInfo(duration, width, height, Math.Round(fps, 3), audio is not null, video is not null,
            video is { } vc && vc.TryGetProperty("codec_name", out var vn) ? vn.GetString() : null,
            audio is { } ac && ac.TryGetProperty("codec_name", out var an) ? an.GetString() : null,
            bitrate is { } b ? (int)Math.Round(b / 1000) : null,
            audio is { } sr && Number(sr, "sample_rate") is { } rate ? (int)rate : null,
            audio is { } ch && ch.TryGetProperty("channels", out var c) ? c.GetInt32() : null);
    }

    private static double? Number(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p)
        && double.TryParse(p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d : null;

    private static double? Rate(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var p) || p.GetString() is not { } s) return null;
        var parts = s.Split('/');
        if (parts.Length != 2 || !double.TryParse(parts[0], CultureInfo.InvariantCulture, out var n) || !double.TryParse(parts[1], CultureInfo.InvariantCulture, out var d) || d == 0 || n == 0)
            return null;
        return n / d;
    }

    private static int Rotation(JsonElement v)
    {
        if (v.TryGetProperty("side_data_list", out var list))
        {
            foreach (var sd in list.EnumerateArray())
                if (sd.TryGetProperty("rotation", out var r) && r.TryGetInt32(out var deg)) return ((deg % 360) + 360) % 360;
        }
        if (v.TryGetProperty("tags", out var tags) && tags.TryGetProperty("rotate", out var rot) && int.TryParse(rot.GetString(), out var deg2))
            return ((deg2 % 360) + 360) % 360;
        return 0;
    }
}
