using System.Text.Json;
using MediaCreator.Modules.Publishing.Exports;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Tests.Feeds;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Tests.Exports;

public sealed class FolderExportPublisherTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly TestTime _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly FolderExportPublisher _publisher;
    private readonly string _source;
    private readonly byte[] _bytes = [.. Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7))];

    public FolderExportPublisherTests()
    {
        _publisher = new FolderExportPublisher(Options.Create(new FolderExportOptions { RootPath = Path.Combine(_temp.Path, "exports") }), _time);
        _source = Path.Combine(_temp.Path, "final.MP4");
        File.WriteAllBytes(_source, _bytes);
    }

    private string Target => Path.Combine(_temp.Path, "exports", "archive");

    [Fact]
    public async Task Upload_CopiesMediaAndWritesSidecar()
    {
        var progress = new List<double>();
        var result = await _publisher.UploadAsync(Request("pub-1", "ตอนที่ 1 & <intro>"), new SyncProgress(progress.Add), default);

        Assert.Equal(["pub-1.json", "pub-1.mp4"], Directory.GetFiles(Target).Select(Path.GetFileName).Order());
        Assert.Equal(_bytes, await File.ReadAllBytesAsync(Path.Combine(Target, "pub-1.mp4")));
        Assert.Equal("published", result.Status);
        Assert.Equal("pub-1", result.ExternalPostId);
        Assert.Equal(new Uri(Path.Combine(Target, "pub-1.mp4")).AbsoluteUri, result.Url);
        Assert.Equal(1.0, progress[^1]);
        Assert.True(progress.Count > 2, "progress follows the copied bytes");

        using var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Target, "pub-1.json")));
        var root = sidecar.RootElement;
        Assert.Equal("pub-1", root.GetProperty("idempotencyKey").GetString());
        Assert.Equal("ตอนที่ 1 & <intro>", root.GetProperty("title").GetString());
        Assert.Equal("Notes", root.GetProperty("description").GetString());
        Assert.Equal(["ai", "thai"], root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(root.GetProperty("containsSyntheticMedia").GetBoolean());
        var media = root.GetProperty("media");
        Assert.Equal("pub-1.mp4", media.GetProperty("fileName").GetString());
        Assert.Equal("video/mp4", media.GetProperty("mimeType").GetString());
        Assert.Equal(_bytes.Length, media.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_bytes)), media.GetProperty("sha256").GetString());
        Assert.Equal(42.5, media.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(_time.Now, root.GetProperty("exportedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Republish_SameKey_UpdatesSidecar_WithoutCopyingAgainOrDuplicating()
    {
        var first = await _publisher.UploadAsync(Request("pub-1", "First"), null, default);
        var copied = Path.Combine(Target, "pub-1.mp4");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(copied, old);
        _time.Now = _time.Now.AddHours(1);

        var again = await _publisher.UploadAsync(Request("pub-1", "Second"), null, default);

        Assert.Equal(2, Directory.GetFiles(Target).Length);
        Assert.Equal(old, File.GetLastWriteTimeUtc(copied));
        Assert.Equal(first.PublishedTime, again.PublishedTime);
        Assert.Contains("\"title\": \"Second\"", await File.ReadAllTextAsync(Path.Combine(Target, "pub-1.json")), StringComparison.Ordinal);

        await File.WriteAllBytesAsync(_source, [1, 2, 3]);
        await _publisher.UploadAsync(Request("pub-1", "Third", size: 3), null, default);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(copied));
        Assert.Equal(2, Directory.GetFiles(Target).Length);
    }

    [Fact]
    public async Task Republish_WithAnotherContainer_ReplacesTheOldFile()
    {
        await _publisher.UploadAsync(Request("pub-1", "First"), null, default);
        var mov = Path.ChangeExtension(_source, ".mov");
        File.Move(_source, mov);

        await _publisher.UploadAsync(Request("pub-1", "First") with { Media = new MediaFile(mov, "video/quicktime", _bytes.Length, 42.5, 1080, 1920) }, null, default);

        Assert.Equal(["pub-1.json", "pub-1.mov"], Directory.GetFiles(Target).Select(Path.GetFileName).Order());
        Assert.Contains("\"fileName\": \"pub-1.mov\"", await File.ReadAllTextAsync(Path.Combine(Target, "pub-1.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsafeKeys_BecomeDistinctFileNamesInsideTheFolder()
    {
        await _publisher.UploadAsync(Request("../../etc/passwd", "a"), null, default);
        await _publisher.UploadAsync(Request("../../etc/passwd2", "b"), null, default);
        await _publisher.UploadAsync(Request("ตอน/1", "c"), null, default);

        var names = Directory.GetFiles(Target).Select(Path.GetFileName).ToList();
        Assert.Equal(6, names.Count);
        Assert.All(names, n => Assert.Matches("^[A-Za-z0-9_-]+\\.(json|mp4)$", n));
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "etc")));
    }

    [Fact]
    public async Task BadAccountMissingFileAndUnsupportedCalls_AreTypedErrors()
    {
        var account = await Assert.ThrowsAsync<PublishingException>(() => _publisher.UploadAsync(
            Request("k", "t") with { Connection = new PlatformConnection("../up", new TestTokens("x")) }, null, default));
        Assert.Equal(PublishingErrorCodes.NotConfigured, account.Code);

        File.Delete(_source);
        var missing = await Assert.ThrowsAsync<PublishingException>(() => _publisher.UploadAsync(Request("k", "t"), null, default));
        Assert.Equal(PublishingErrorCodes.Rejected, missing.Code);

        var schedule = await Assert.ThrowsAsync<PublishingException>(() => _publisher.ScheduleAsync(Request("k", "t"), _time.Now.AddDays(1), null, default));
        Assert.Equal(PublishingErrorCodes.Unsupported, schedule.Code);
        var metrics = await Assert.ThrowsAsync<PublishingException>(() => _publisher.FetchMetricsAsync(Request("k", "t").Connection, "k", default));
        Assert.Equal(PublishingErrorCodes.Unsupported, metrics.Code);
        Assert.False(_publisher.Capabilities.Metrics || _publisher.Capabilities.Revenue || _publisher.Capabilities.NativeScheduling);
    }

    private PublishRequest Request(string key, string title, long? size = null) => new(
        new PlatformConnection("archive", new TestTokens("unused")),
        new MediaFile(_source, "video/mp4", size ?? _bytes.Length, 42.5, 1080, 1920),
        new PostDetails(title, "Notes", ["ai", "thai"]), key);

    public void Dispose() => _temp.Dispose();
}

/// <summary>Progress that records synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SyncProgress(Action<double> report) : IProgress<double>
{
    public void Report(double value) => report(value);
}
