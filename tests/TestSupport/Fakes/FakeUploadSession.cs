using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaCreator.TestSupport.Fakes;

/// <summary>
/// The server side of one Google resumable upload session, as documented: holds the bytes received, answers a chunk
/// with 308 + <c>Range: bytes=0-N</c> (no Range while empty), a <c>bytes */size</c> status query likewise, and the
/// complete upload with 200 and the video resource. It can drop a chunk (503) after keeping part of it.
/// A small Kestrel app rather than WireMock: WireMock.Net never writes a <c>Range</c> response header (it keeps
/// .NET's list of restricted headers), and the protocol depends on it.
/// </summary>
public sealed class FakeUploadSession(long size, string videoJson) : IAsyncDisposable
{
    private readonly MemoryStream _received = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WebApplication? _app;

    /// <summary>Offsets of chunks to fail once with 503, and how many of their bytes the server keeps anyway.</summary>
    public Dictionary<long, int> DropAt { get; } = [];

    /// <summary>Answer the next chunk with 404, as Google does for a session that expired (after a week).</summary>
    public bool ExpireOnce { get; set; }

    public List<string> ContentRanges { get; } = [];

    public List<string> Authorizations { get; } = [];

    public List<string> Violations { get; } = [];

    public byte[] Received => _received.ToArray();

    public string Url { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPut("/upload/youtube/v3/videos", HandleAsync);
        await _app.StartAsync();
        Url = _app.Urls.First() + "/upload/youtube/v3/videos?uploadType=resumable&upload_id=session-1";
    }

    private async Task HandleAsync(HttpContext context)
    {
        await _gate.WaitAsync();
        try
        {
            var range = context.Request.Headers.ContentRange.ToString();
            ContentRanges.Add(range);
            Authorizations.Add(context.Request.Headers.Authorization.ToString());
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            if (range == $"bytes */{size}")
            {
                await StateAsync(context.Response);
                return;
            }
            if (ExpireOnce)
            {
                ExpireOnce = false;
                _received.SetLength(0);
                context.Response.StatusCode = 404;
                return;
            }
            var span = range["bytes ".Length..range.IndexOf('/')].Split('-');
            long from = long.Parse(span[0]), to = long.Parse(span[1]);
            if (from != _received.Length) Violations.Add($"chunk at {from} while holding {_received.Length}");
            if (to - from + 1 != body.Length) Violations.Add($"Content-Range {range} for {body.Length} bytes");
            if (to + 1 != size && body.Length % (256 * 1024) != 0) Violations.Add($"chunk of {body.Length} is not a 256 KiB multiple");
            if (DropAt.Remove(from, out var keep))
            {
                _received.Write(body.GetBuffer(), 0, keep);
                context.Response.StatusCode = 503;
                await context.Response.WriteAsync("""{"error":{"code":503,"message":"Backend Error","errors":[{"reason":"backendError"}]}}""");
                return;
            }
            _received.Write(body.GetBuffer(), 0, (int)body.Length);
            await StateAsync(context.Response);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task StateAsync(HttpResponse response)
    {
        if (_received.Length == size)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(videoJson);
            return;
        }
        response.StatusCode = 308;
        if (_received.Length > 0) response.Headers["Range"] = $"bytes=0-{_received.Length - 1}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _gate.Dispose();
    }
}
