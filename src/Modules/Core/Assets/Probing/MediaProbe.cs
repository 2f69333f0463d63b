using System.Text.Json.Nodes;
using FFMpegCore;
using FFMpegCore.Exceptions;

namespace MediaCreator.Modules.Core.Assets.Probing;

/// <summary>Audio and video streams with ffprobe (FFMpegCore), plus a JPEG frame for videos.</summary>
internal static class MediaProbe
{
    public static async Task<ProbeResult> ProbeAsync(string path, AssetType sniffedType, string sniffedMime, CancellationToken ct)
    {
        IMediaAnalysis analysis;
        try
        {
            analysis = await FFProbe.AnalyseAsync(path, cancellationToken: ct);
        }
        catch (Exception e) when (e is FFMpegException or FormatException or System.Text.Json.JsonException)
        {
            throw new UndecodableMediaException("The media could not be decoded.", e);
        }
        var video = analysis.VideoStreams.FirstOrDefault(v => v.Disposition?.GetValueOrDefault("attached_pic") != true);
        var audio = analysis.PrimaryAudioStream;
        if (video is null && audio is null) throw new UndecodableMediaException("The media has no audio or video stream.");
        var duration = Math.Round(analysis.Duration.TotalSeconds, 3);
        int? bitrate = analysis.Format.BitRate is > 0 and var bps ? (int)Math.Round(bps / 1000.0) : null;

        if (sniffedType == AssetType.Video && video is not null)
        {
            var metadata = new JsonObject
            {
                ["duration"] = duration,
                ["width"] = video.Width,
                ["height"] = video.Height,
                ["fps"] = Math.Round(video.AverageFrameRate > 0 ? video.AverageFrameRate : video.RealFrameRate, 3),
                ["hasAudio"] = audio is not null,
                ["aspectRatio"] = AspectRatios.Reduce(video.Width ?? 0, video.Height ?? 0),
                ["codec"] = video.CodecName,
                ["audioCodec"] = audio?.CodecName,
                ["bitrateKbps"] = bitrate,
                ["sampleRate"] = audio?.SampleRateHz,
                ["channels"] = audio?.Channels,
            };
            return new ProbeResult(metadata, AssetType.Video, sniffedMime, await VideoFrameAsync(path, duration, ct));
        }
        if (audio is null) throw new UndecodableMediaException("The media has no audio stream.");
        var audioMetadata = new JsonObject
        {
            ["duration"] = duration,
            ["sampleRate"] = audio.SampleRateHz,
            ["channels"] = audio.Channels,
            ["format"] = AudioFormat(audio.CodecName ?? ""),
            ["codec"] = audio.CodecName,
            ["bitrateKbps"] = bitrate,
        };
        // A video container with sound only (e.g. .webm from a voice recorder) is stored as audio.
        var mime = sniffedType == AssetType.Video ? sniffedMime.Replace("video/", "audio/", StringComparison.Ordinal) : sniffedMime;
        return new ProbeResult(audioMetadata, AssetType.Audio, mime);
    }

    private static string? AudioFormat(string codec) => codec switch
    {
        _ when codec.StartsWith("pcm_", StringComparison.Ordinal) => "WAV",
        "mp3" => "MP3",
        "flac" => "FLAC",
        "aac" => "AAC",
        "vorbis" or "opus" => "OGG",
        _ => null,
    };

    private static async Task<byte[]?> VideoFrameAsync(string path, double duration, CancellationToken ct)
    {
        var output = Path.Combine(Path.GetTempPath(), $"mediacreator-thumb-{Guid.NewGuid():N}.jpg");
        try
        {
            var at = TimeSpan.FromSeconds(Math.Min(1, duration / 2));
            await FFMpegArguments.FromFileInput(path)
                .OutputToFile(output, overwrite: true, o => o.WithCustomArgument(
                    FormattableString.Invariant($"-ss {at.TotalSeconds:0.###} -frames:v 1 -vf scale={ImageProbe.ThumbnailEdge}:-2 -q:v 4")))
                .CancellableThrough(ct)
                .ProcessAsynchronously(throwOnError: true);
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, ct) : null;
        }
        catch (FFMpegException)
        {
            // A video whose first second cannot be decoded still ingests, without a thumbnail.
            return null;
        }
        finally
        {
            File.Delete(output);
        }
    }
}
