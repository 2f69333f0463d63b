using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace MediaCreator.Api.Tests.Storage;

/// <summary>Signed, expiring download URLs: Range/206/416, ETag, and 403 for anything not signed by the server.</summary>
public sealed class AssetDownloadTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;
    private byte[] _wav = null!;
    private JsonNode _asset = null!;

    public async Task InitializeAsync()
    {
        _api = await StorageApi.StartAsync();
        var project = await _api.CreateProjectAsync(_owner);
        _wav = await MediaFiles.WavAsync();
        _asset = (await _api.UploadAsync(_owner, project, "tone.wav", "audio/wav", _wav))["asset"]!;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private string Url => _asset["url"]!.GetValue<string>();

    [Fact]
    public async Task FullDownload_ServesBytesWithTypeEtagAndAcceptRanges()
    {
        using var response = await _api.GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(_wav, await response.Content.ReadAsByteArrayAsync());

        using var again = await _api.GetAsync(Url, r => r.Headers.IfNoneMatch.Add(response.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task RangeRequest_Answers206WithExactlyThoseBytes()
    {
        using var response = await _api.GetAsync(Url, r => r.Headers.Range = new RangeHeaderValue(100, 1123));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-1123/{_wav.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(_wav[100..1124], await response.Content.ReadAsByteArrayAsync());

        using var suffix = await _api.GetAsync(Url, r => r.Headers.Range = new RangeHeaderValue(null, 10));
        Assert.Equal(HttpStatusCode.PartialContent, suffix.StatusCode);
        Assert.Equal(_wav[^10..], await suffix.Content.ReadAsByteArrayAsync());

        using var open = await _api.GetAsync(Url, r => r.Headers.Range = new RangeHeaderValue(_wav.Length - 5, null));
        Assert.Equal(_wav[^5..], await open.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RangeBeyondTheEnd_Answers416()
    {
        using var response = await _api.GetAsync(Url, r => r.Headers.Range = new RangeHeaderValue(_wav.Length, null));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{_wav.Length}", response.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task TamperedOrUnsignedUrls_Answer403()
    {
        var url = new Uri(Url);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var exp = long.Parse(query["exp"]!);
        var path = url.GetLeftPart(UriPartial.Path);

        Assert.Equal(HttpStatusCode.Forbidden, (await _api.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.GetAsync($"{path}?exp={exp + 3600}&sig={query["sig"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.GetAsync($"{path}?exp={exp}&sig=AAAA{query["sig"]![4..]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.GetAsync(url.ToString().Replace("/content?", "/thumbnail?"))).StatusCode);
    }

    [Fact]
    public async Task SignatureOfOneAsset_DoesNotOpenAnother()
    {
        var project = await _api.CreateProjectAsync(_owner);
        var other = (await _api.UploadAsync(_owner, project, "other.png", "image/png", MediaFiles.Png()))["asset"]!;
        var otherPath = new Uri(other["url"]!.GetValue<string>()).GetLeftPart(UriPartial.Path);

        using var response = await _api.GetAsync(otherPath + new Uri(Url).Query);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredUrl_Answers403()
    {
        var query = "query($id: ID!) { asset(id: $id) { url(expiresInSeconds: 1) } }";
        var url = (await _api.QueryAsync(_owner, query, new { id = _asset["id"]!.GetValue<string>() }))["data"]!["asset"]!["url"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(url)).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(2.2));

        Assert.Equal(HttpStatusCode.Forbidden, (await _api.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task LifetimeOverOneDay_IsAValidationErrorWithACode()
    {
        var response = await _api.QueryAsync(_owner, "query($id: ID!) { asset(id: $id) { url(expiresInSeconds: 86401) } }", new { id = _asset["id"]!.GetValue<string>() });

        Assert.Equal("OUT_OF_RANGE", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
