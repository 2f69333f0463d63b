using System.Text.Json;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Jobs;

/// <summary>One video job: its input, its context and the steps of each mode (one file per mode).</summary>
internal sealed partial class VideoJobRun(VideoJobInput input, JobContext context, VideoJobHandler handler, JobProgressPump progress, string scratch)
{
    private CancellationToken Token => progress.Token;

    private Guid OwnerId => context.Job.OwnerId;

    private string Provider => context.Job.Provider ?? VideoTasks.Ffmpeg;

    /// <summary>The engines' progress onto [<paramref name="from"/>, <paramref name="to"/>] of the job.</summary>
    private IProgress<VideoProgress> Stage(double from, double to, string? prefix = null) =>
        progress.Stage<VideoProgress>(from, to, p => p.Fraction, p => p.Message, prefix);

    private string Scratch(string name) => Path.Combine(scratch, name);

    /// <summary>A video source of the job owner (or an audio/image where <paramref name="types"/> allows).</summary>
    private Task<(Asset Asset, string Path)> SourceAsync(Guid id, string field, params AssetType[] types) =>
        handler.SourceAsync(OwnerId, id, field, scratch, Token, types.Length == 0 ? [AssetType.Video] : types);

    /// <summary>Probes an encoded video and saves it as output <paramref name="index"/> with its VideoMetadata.</summary>
    private async Task<(Asset Asset, VideoInfo Info)> SaveVideoAsync(int index, string file, string fileName, Guid? derivedFrom,
        string? provider = null, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var info = await VideoInfo.ProbeAsync(file, Token);
        var metadata = new Dictionary<string, object?>
        {
            ["duration"] = Math.Round(info.DurationSeconds, 3), ["width"] = info.Width, ["height"] = info.Height, ["fps"] = info.Fps,
            ["hasAudio"] = info.HasAudio, ["aspectRatio"] = info.AspectRatio, ["provider"] = provider ?? Provider,
            ["codec"] = info.VideoCodec, ["bitrateKbps"] = info.BitrateKbps,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>()) metadata[key] = value;
        var asset = await SaveFileAsync(index, file, fileName, "video/mp4", AssetType.Video, metadata, derivedFrom);
        return (asset, info);
    }

    private async Task<Asset> SaveFileAsync(int index, string file, string fileName, string mimeType, AssetType type, object metadata, Guid? derivedFrom)
    {
        await using var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await context.SaveOutputAsync(index, content, fileName, mimeType, type, JsonSerializer.Serialize(metadata, VideoJobHandler.Json),
            Token, derivedFrom);
    }

    /// <summary>A file name from an asset's, with a suffix: <c>talk-edited.mp4</c>.</summary>
    private static string NameFrom(Asset asset, string suffix, string extension = "mp4")
    {
        var name = Path.GetFileNameWithoutExtension(asset.FileName);
        return $"{(name.Length > 0 ? name : "video")}-{suffix}.{extension}";
    }

    private static ReframeStrategy Strategy(string? name) => name switch
    {
        null or "SMART_CROP" => ReframeStrategy.SmartCrop,
        "CENTER_CROP" => ReframeStrategy.CenterCrop,
        "LETTERBOX" => ReframeStrategy.Letterbox,
        "BLUR_PAD" => ReframeStrategy.BlurPad,
        _ => throw new VideoProcessingException("INVALID_INPUT", $"Unknown reframe strategy '{name}'."),
    };

    private (int? Width, int? Height) RequestedSize => (input.Resolution?.Width, input.Resolution?.Height);

    private async Task RecordCostAsync(double seconds) => await context.RecordCostAsync(Math.Max(0, seconds), Token);
}
