using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Storage;

/// <summary>uploadAsset through real multipart requests on Kestrel, with local storage under a temporary root.</summary>
public sealed class UploadAssetTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;
    private string _project = null!;

    public async Task InitializeAsync()
    {
        _api = await StorageApi.StartAsync();
        _project = await _api.CreateProjectAsync(_owner);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task<byte[]> DownloadAsync(JsonNode asset, string field = "url")
    {
        using var response = await _api.GetAsync(asset[field]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task UploadPng_StoresExactBytesAndProbesImageMetadata()
    {
        var png = MediaFiles.Png();
        var payload = await _api.UploadAsync(_owner, _project, "cover.png", "image/png", png);

        Assert.Null(payload["errors"]);
        var asset = payload["asset"]!;
        Assert.Equal("IMAGE", asset["type"]!.GetValue<string>());
        Assert.Equal("image/png", asset["mimeType"]!.GetValue<string>());
        Assert.Equal(png.Length, asset["sizeBytes"]!.GetValue<long>());
        Assert.Equal($"sha256/{Sha256(png)[..2]}/{Sha256(png)[2..4]}/{Sha256(png)}", asset["path"]!.GetValue<string>());
        Assert.Equal(Sha256(png), Sha256(await File.ReadAllBytesAsync(Path.Combine(_api.Root, asset["path"]!.GetValue<string>()))));
        Assert.Equal(Sha256(png), Sha256(await DownloadAsync(asset)));
        var metadata = asset["metadata"]!;
        Assert.Equal("ImageMetadata", metadata["__typename"]!.GetValue<string>());
        Assert.Equal(160, metadata["width"]!.GetValue<int>());
        Assert.Equal(90, metadata["height"]!.GetValue<int>());
        Assert.Equal("PNG", metadata["imageFormat"]!.GetValue<string>());
        Assert.Equal("16:9", metadata["aspectRatio"]!.GetValue<string>());
        Assert.True(metadata["hasAlpha"]!.GetValue<bool>());
        Assert.Equal(["test"], asset["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        var thumbnail = await DownloadAsync(asset, "thumbnailUrl");
        Assert.Equal([0xFF, 0xD8, 0xFF], thumbnail[..3]);
    }

    [Fact]
    public async Task UploadWav_ProbesAudioWithFfprobe()
    {
        var wav = await MediaFiles.WavAsync();
        var asset = (await _api.UploadAsync(_owner, _project, "tone.wav", "audio/wav", wav))["asset"]!;

        Assert.Equal("AUDIO", asset["type"]!.GetValue<string>());
        Assert.Equal("audio/wav", asset["mimeType"]!.GetValue<string>());
        Assert.Equal(Sha256(wav), Sha256(await DownloadAsync(asset)));
        var metadata = asset["metadata"]!;
        Assert.Equal("AudioMetadata", metadata["__typename"]!.GetValue<string>());
        Assert.Equal(1.0, metadata["duration"]!.GetValue<double>(), 0.05);
        Assert.Equal(44100, metadata["sampleRate"]!.GetValue<int>());
        Assert.Equal(2, metadata["channels"]!.GetValue<int>());
        Assert.Equal("WAV", metadata["audioFormat"]!.GetValue<string>());
        Assert.Equal(1411, metadata["bitrateKbps"]!.GetValue<int>(), 2.0);
        Assert.Null(asset["thumbnailUrl"]);
    }

    [Fact]
    public async Task UploadMp4_ProbesVideoStreamsAndMakesAThumbnail()
    {
        var mp4 = await MediaFiles.Mp4Async();
        var asset = (await _api.UploadAsync(_owner, _project, "clip.mp4", "video/mp4", mp4))["asset"]!;

        Assert.Equal("VIDEO", asset["type"]!.GetValue<string>());
        Assert.Equal("video/mp4", asset["mimeType"]!.GetValue<string>());
        Assert.Equal(Sha256(mp4), Sha256(await DownloadAsync(asset)));
        var metadata = asset["metadata"]!;
        Assert.Equal("VideoMetadata", metadata["__typename"]!.GetValue<string>());
        Assert.Equal(2.0, metadata["duration"]!.GetValue<double>(), 0.1);
        Assert.Equal(320, metadata["width"]!.GetValue<int>());
        Assert.Equal(240, metadata["height"]!.GetValue<int>());
        Assert.Equal(25.0, metadata["fps"]!.GetValue<double>(), 0.01);
        Assert.True(metadata["hasAudio"]!.GetValue<bool>());
        Assert.Equal("4:3", metadata["aspectRatio"]!.GetValue<string>());
        Assert.Equal("h264", metadata["codec"]!.GetValue<string>());
        Assert.True(metadata["bitrateKbps"]!.GetValue<int>() > 0);
        var raw = asset["rawMetadata"]!;
        Assert.Equal("aac", raw["audioCodec"]!.GetValue<string>());
        Assert.Equal(1, raw["channels"]!.GetValue<int>());
        var thumbnail = await DownloadAsync(asset, "thumbnailUrl");
        Assert.Equal([0xFF, 0xD8, 0xFF], thumbnail[..3]);
    }

    [Fact]
    public async Task UploadSrt_CountsCuesAndKeepsTheGivenLanguage()
    {
        var asset = (await _api.UploadAsync(_owner, _project, "captions.srt", "application/x-subrip", MediaFiles.Srt(), new { language = "th" }))["asset"]!;

        Assert.Equal("SUBTITLE", asset["type"]!.GetValue<string>());
        var metadata = asset["metadata"]!;
        Assert.Equal("SRT", metadata["subtitleFormat"]!.GetValue<string>());
        Assert.Equal(2, metadata["cueCount"]!.GetValue<int>());
        Assert.Equal("th", metadata["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task TextNamedPng_IsRefusedWithUnsupportedMediaError()
    {
        var payload = await _api.UploadAsync(_owner, _project, "photo.png", "image/png", Encoding.UTF8.GetBytes("this is not an image at all"));

        Assert.Null(payload["asset"]);
        var error = payload["errors"]![0]!;
        Assert.Equal("UnsupportedMediaError", error["__typename"]!.GetValue<string>());
        Assert.Equal("image/png", error["mimeType"]!.GetValue<string>());
        Assert.Contains("image/png", error["supportedMimeTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Empty(Directory.Exists(Path.Combine(_api.Root, "sha256")) ? Directory.GetFiles(Path.Combine(_api.Root, "sha256"), "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task PngDeclaredAsWav_IsRefusedWithUnsupportedMediaError()
    {
        var payload = await _api.UploadAsync(_owner, _project, "song.wav", "audio/wav", MediaFiles.Png());

        Assert.Equal("UnsupportedMediaError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains("image/png", payload["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task FileOverTheLimit_IsRefusedWithQuotaExceededError()
    {
        var big = new byte[StorageApi.MaxUploadBytes + 1];
        MediaFiles.Png().CopyTo(big, 0);

        var payload = await _api.UploadAsync(_owner, _project, "huge.png", "image/png", big);

        var error = payload["errors"]![0]!;
        Assert.Equal("QuotaExceededError", error["__typename"]!.GetValue<string>());
        Assert.Equal(StorageApi.MaxUploadBytes, error["limit"]!.GetValue<long>());
        Assert.Equal(big.Length, error["used"]!.GetValue<long>());
    }

    [Fact]
    public async Task SameContentTwice_IsStoredOnce()
    {
        var png = MediaFiles.Png(32, 32);
        var first = (await _api.UploadAsync(_owner, _project, "a.png", "image/png", png))["asset"]!;
        var second = (await _api.UploadAsync(_owner, _project, "b.png", "application/octet-stream", png))["asset"]!;

        Assert.NotEqual(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
        Assert.Equal(first["path"]!.GetValue<string>(), second["path"]!.GetValue<string>());
        var stored = Directory.GetFiles(Path.Combine(_api.Root, "sha256"), "*", SearchOption.AllDirectories);
        Assert.Equal(2, stored.Length); // the image and its thumbnail
        Assert.Empty(Directory.GetFiles(Path.Combine(_api.Root, "tmp")));
    }

    [Fact]
    public async Task Upload_PublishesAssetCreatedToTheProjectsSubscriber()
    {
        var earlier = (await _api.UploadAsync(_owner, _project, "earlier.png", "image/png", MediaFiles.Png(12, 12)))["asset"]!["id"]!.GetValue<string>();
        await using var ws = await WsTestClient.ConnectAckedAsync(_api.Factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_owner) });
        await ws.SendAsync(new
        {
            type = "subscribe", id = "1",
            payload = new { query = "subscription($p: ID!) { onProjectEvent(projectId: $p, types: [ASSET_CREATED]) { type ... on AssetEvent { asset { id mimeType } } } }", variables = new { p = _project } },
        });
        await WaitUntilLiveAsync(ws, earlier);

        var asset = (await _api.UploadAsync(_owner, _project, "event.png", "image/png", MediaFiles.Png(20, 20)))["asset"]!;

        JsonElement data;
        do
        {
            var message = await ws.ReceiveAsync(TimeSpan.FromSeconds(10));
            Assert.Equal("next", message.GetProperty("type").GetString());
            data = message.GetProperty("payload").GetProperty("data").GetProperty("onProjectEvent");
        }
        while (data.GetProperty("asset").GetProperty("id").GetString() == earlier);
        Assert.Equal("ASSET_CREATED", data.GetProperty("type").GetString());
        Assert.Equal(asset["id"]!.GetValue<string>(), data.GetProperty("asset").GetProperty("id").GetString());
        Assert.Equal("image/png", data.GetProperty("asset").GetProperty("mimeType").GetString());
    }

    // Re-announces an existing asset until the subscriber sees it: from then on the subscription is registered.
    private async Task WaitUntilLiveAsync(WsTestClient ws, string assetGlobalId)
    {
        var bus = _api.Factory.Services.GetRequiredService<IEventBus>();
        var assetId = GlobalId.DecodeFor("Asset", assetGlobalId);
        var projectId = GlobalId.DecodeFor("Project", _project);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var publishing = Task.Run(async () =>
        {
            while (!cts.IsCancellationRequested)
            {
                await bus.PublishAsync(new AssetEvent(_owner, projectId, assetId));
                await Task.Delay(100);
            }
        });
        try
        {
            var first = await ws.ReceiveAsync(TimeSpan.FromSeconds(15));
            Assert.True(first.GetProperty("type").GetString() == "next", first.ToString());
        }
        finally
        {
            await cts.CancelAsync();
            await publishing;
        }
    }

    [Fact]
    public async Task OtherOwner_CannotUploadIntoTheProjectNorReadTheAsset()
    {
        var other = Guid.NewGuid();
        var asset = (await _api.UploadAsync(_owner, _project, "mine.png", "image/png", MediaFiles.Png()))["asset"]!;

        var refused = await _api.UploadAsync(other, _project, "theirs.png", "image/png", MediaFiles.Png(10, 10));
        Assert.Equal("NotFoundError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("Project", refused["errors"]![0]!["typeName"]!.GetValue<string>());
        var read = await _api.QueryAsync(other, "query($id: ID!) { asset(id: $id) { url } }", new { id = asset["id"]!.GetValue<string>() });
        Assert.Null(read["data"]!["asset"]);
    }
}
