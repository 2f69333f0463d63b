using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Preview;
using MediaCreator.Modules.Video.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Video.Jobs;

internal sealed partial class VideoJobRun
{
    /// <summary>TIMELINE: renders the stored timeline (full or a low-resolution proxy) in one ffmpeg command.</summary>
    public async Task<VideoJobOutput> TimelineAsync()
    {
        var id = input.TimelineId ?? throw new VideoProcessingException("INVALID_INPUT", "timelineId is required.");
        var row = await handler.VideoDb.Timelines.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.OwnerId == OwnerId, Token)
            ?? throw new VideoProcessingException("INVALID_INPUT", "The timeline no longer exists.");
        var document = TimelineJson.Deserialize(row.DocumentJson);
        var notes = new List<string>();
        if (input.TimelineRevision is { } asked && asked != document.Revision)
            notes.Add($"The timeline was edited after the render was requested (revision {asked}); revision {document.Revision} was rendered.");

        var media = new Dictionary<Guid, TimelineMediaFile>();
        var assetIds = document.Tracks.SelectMany(t => t.Clips).Select(c => c switch { VideoClip v => v.AssetId, AudioClip a => a.AssetId, _ => Guid.Empty })
            .Where(g => g != Guid.Empty).Distinct().ToList();
        for (var i = 0; i < assetIds.Count; i++)
        {
            var (asset, path) = await SourceAsync(assetIds[i], "timeline clip", AssetType.Video, AssetType.Image, AssetType.Audio);
            media[asset.Id] = await MediaFileAsync(asset, path);
            progress.Report(0.1 * (i + 1) / assetIds.Count, $"loaded {i + 1}/{assetIds.Count} clips");
        }
        var proxy = input.Proxy == true;
        var output = Scratch("timeline.mp4");
        await handler.Services.GetRequiredService<TimelineRenderer>().RenderAsync(document, media, output, scratch, proxy, Stage(0.1, 0.97, "rendering"), Token);
        var (saved, info) = await SaveVideoAsync(0, output, $"{Slug(row.Name)}{(proxy ? "-proxy" : "")}.mp4", null,
            extra: new Dictionary<string, object?> { ["timelineId"] = row.Id, ["revision"] = document.Revision, ["proxy"] = proxy });
        await RecordCostAsync(info.DurationSeconds);
        return new VideoJobOutput(input.Mode, [saved.Id], Notes: notes.Count == 0 ? null : notes);
    }

    /// <summary>What the timeline renderer needs to know of a clip's asset.</summary>
    internal static async Task<TimelineMediaFile> MediaFileAsync(Asset asset, string path, CancellationToken ct = default)
    {
        if (asset.Type == AssetType.Image) return new TimelineMediaFile(path, TimelineAssetKind.Image, null, false);
        var info = await VideoInfo.ProbeAsync(path, ct);
        return asset.Type == AssetType.Audio
            ? new TimelineMediaFile(path, TimelineAssetKind.Audio, info.DurationSeconds, true)
            : new TimelineMediaFile(path, TimelineAssetKind.Video, info.DurationSeconds, info.HasAudio);
    }

    /// <summary>PREVIEW: a low-resolution proxy, a thumbnail strip and a waveform image, as asked.</summary>
    public async Task<VideoJobOutput> PreviewAsync()
    {
        var id = input.SourceAssetIds is [var first, ..] ? first : throw new VideoProcessingException("INVALID_INPUT", "sourceAssetId is required.");
        var (source, path) = await SourceAsync(id, "sourceAssetId", AssetType.Video, AssetType.Audio);
        var previews = handler.Services.GetRequiredService<PreviewRenderer>();
        var kinds = input.Previews ?? ["PROXY", "THUMBNAIL_STRIP", "WAVEFORM"];
        var assets = new List<Guid>();
        for (var i = 0; i < kinds.Count; i++)
        {
            var (from, to) = (0.02 + 0.95 * i / kinds.Count, 0.02 + 0.95 * (i + 1) / kinds.Count);
            progress.Report(from, kinds[i].ToLowerInvariant().Replace('_', ' '));
            switch (kinds[i])
            {
                case "PROXY":
                {
                    var proxy = await previews.RenderProxyAsync(path, Scratch("proxy.mp4"), Stage(from, to, "proxy"), Token);
                    assets.Add((await SaveVideoAsync(i, proxy.Path, NameFrom(source, "proxy"), source.Id,
                        extra: new Dictionary<string, object?> { ["preview"] = "PROXY" })).Asset.Id);
                    break;
                }
                case "THUMBNAIL_STRIP":
                {
                    var strip = await previews.RenderThumbnailStripAsync(path, Scratch("thumbnails.jpg"), input.ThumbnailCount ?? 10, ct: Token);
                    assets.Add((await SaveImageAsync(i, strip.Path, NameFrom(source, "thumbnails", "jpg"), "image/jpeg", "JPG", strip.Width, strip.Height, false,
                        source.Id, new Dictionary<string, object?> { ["preview"] = "THUMBNAIL_STRIP", ["tileWidth"] = strip.TileWidth, ["times"] = strip.Times })).Id);
                    break;
                }
                case "WAVEFORM":
                {
                    var wave = await previews.RenderWaveformAsync(path, Scratch("waveform.png"), ct: Token);
                    assets.Add((await SaveImageAsync(i, wave.Path, NameFrom(source, "waveform", "png"), "image/png", "PNG", wave.Width, wave.Height, true,
                        source.Id, new Dictionary<string, object?> { ["preview"] = "WAVEFORM", ["duration"] = Math.Round(wave.DurationSeconds, 3) })).Id);
                    break;
                }
                default:
                    throw new VideoProcessingException("INVALID_INPUT", $"Unknown preview '{kinds[i]}'.");
            }
        }
        return new VideoJobOutput(input.Mode, assets);
    }

    private Task<Asset> SaveImageAsync(int index, string file, string fileName, string mimeType, string format, int width, int height, bool alpha,
        Guid derivedFrom, IReadOnlyDictionary<string, object?> extra)
    {
        var metadata = new Dictionary<string, object?>
        {
            ["width"] = width, ["height"] = height, ["format"] = format, ["aspectRatio"] = AspectRatio.Reduce(width, height), ["hasAlpha"] = alpha,
            ["provider"] = Provider,
        };
        foreach (var (key, value) in extra) metadata[key] = value;
        return SaveFileAsync(index, file, fileName, mimeType, AssetType.Image, metadata, derivedFrom);
    }
}
