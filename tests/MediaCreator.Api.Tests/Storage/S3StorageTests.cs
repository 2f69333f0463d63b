using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using MediaCreator.Modules.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Storage;

/// <summary>The S3 provider against s3rver: the same upload and Range download round trip as on local disk.</summary>
public sealed class S3StorageTests(S3rverProcess s3) : IClassFixture<S3rverProcess>, IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;

    public async Task InitializeAsync() => _api = await StorageApi.StartAsync(s3.Settings);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task UploadAndDownload_RoundTripThroughS3()
    {
        var project = await _api.CreateProjectAsync(_owner);
        var wav = await MediaFiles.WavAsync();

        var asset = (await _api.UploadAsync(_owner, project, "tone.wav", "audio/wav", wav))["asset"]!;

        Assert.IsType<S3AssetStorage>(_api.Factory.Services.GetRequiredService<IAssetStorage>());
        Assert.Equal("AudioMetadata", asset["metadata"]!["__typename"]!.GetValue<string>());
        Assert.False(Directory.Exists(Path.Combine(_api.Root, "sha256")));
        var url = asset["url"]!.GetValue<string>();
        using var full = await _api.GetAsync(url);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(wav)), Convert.ToHexStringLower(SHA256.HashData(await full.Content.ReadAsByteArrayAsync())));
        using var partial = await _api.GetAsync(url, r => r.Headers.Range = new RangeHeaderValue(44, 543));
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(wav[44..544], await partial.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Storage_PutsOnceReadsRangesAndDeletes()
    {
        var storage = _api.Factory.Services.GetRequiredService<IAssetStorage>();
        var bytes = RandomNumberGenerator.GetBytes(10_000);

        var first = await storage.PutAsync(new MemoryStream(bytes));
        var second = await storage.PutAsync(new MemoryStream(bytes));

        Assert.Equal(first, second);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), first.Sha256);
        Assert.Equal(10_000, await storage.GetSizeAsync(first.Key));
        await using (var range = await storage.OpenReadAsync(first.Key, 9_000, 500))
        {
            var read = new MemoryStream();
            await range!.CopyToAsync(read);
            Assert.Equal(bytes[9_000..9_500], read.ToArray());
        }
        await storage.DeleteAsync(first.Key);
        Assert.False(await storage.ExistsAsync(first.Key));
        Assert.Null(await storage.OpenReadAsync(first.Key));
    }
}
