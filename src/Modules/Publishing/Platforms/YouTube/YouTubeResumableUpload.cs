using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

/// <summary>
/// Google's resumable upload: POST the metadata for a session URI, PUT the file in 256 KiB-multiple chunks with
/// Content-Range, follow 308 + Range; after a failed chunk ask the session what it holds (<c>bytes */size</c>) and go
/// on from there; a 404 session (expired) starts over.
/// </summary>
internal sealed class YouTubeResumableUpload(YouTubeHttp http, YouTubeOptions options, TimeProvider time)
{
    private sealed record SessionState(long Received, JsonElement? Video, bool Expired = false);

    public async Task<JsonElement> UploadAsync(
        IPlatformTokenSource tokens, string path, string mimeType, JsonObject metadata, IProgress<double>? progress, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        var size = file.Length;
        if (size == 0) throw new PublishingException(PublishingErrorCodes.Rejected, $"YouTube: the media file {Path.GetFileName(path)} is empty.");
        var buffer = new byte[(int)Math.Min(options.EffectiveChunkSize, size)];
        var session = await StartAsync(tokens, metadata, size, mimeType, ct);
        long offset = 0;
        var failures = 0;
        while (true)
        {
            var length = (int)Math.Min(buffer.Length, size - offset);
            file.Position = offset;
            await file.ReadExactlyAsync(buffer.AsMemory(0, length), ct);
            SessionState state;
            var recovered = false;
            try
            {
                state = await PutChunkAsync(tokens, session, buffer, offset, length, size, ct);
            }
            catch (PublishingException ex) when (ex.Code is PublishingErrorCodes.Unavailable or PublishingErrorCodes.Timeout && failures < options.MaxRetries)
            {
                await Task.Delay(http.Backoff(failures++), time, ct);
                state = await QueryAsync(tokens, session, size, ct);
                recovered = true;
            }
            if (state.Expired)
            {
                if (failures++ >= options.MaxRetries)
                    throw new PublishingException(PublishingErrorCodes.Unavailable, "YouTube: the upload session kept expiring.", true);
                session = await StartAsync(tokens, metadata, size, mimeType, ct);
                offset = 0;
                progress?.Report(0);
                continue;
            }
            if (state.Video is { } video)
            {
                progress?.Report(1);
                return video;
            }
            if (state.Received > offset) failures = 0;
            // A session that answers 308 without taking bytes must not loop forever.
            else if (!recovered && ++failures > options.MaxRetries)
                throw new PublishingException(PublishingErrorCodes.Unavailable, "YouTube: the upload session stopped taking bytes.", true);
            offset = state.Received;
            progress?.Report((double)offset / size);
        }
    }

    private async Task<Uri> StartAsync(IPlatformTokenSource tokens, JsonObject metadata, long size, string mimeType, CancellationToken ct)
    {
        var uri = new Uri($"{options.UploadBaseUrl.TrimEnd('/')}/videos?uploadType=resumable&part=snippet,status");
        var json = metadata.ToJsonString();
        using var response = await http.SendAsync(tokens, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Upload-Content-Length", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Upload-Content-Type", mimeType);
            return request;
        }, ct);
        return response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(uri, location))
            : throw new PublishingException(PublishingErrorCodes.Rejected, "YouTube: the upload session answer had no Location.");
    }

    private async Task<SessionState> PutChunkAsync(
        IPlatformTokenSource tokens, Uri session, byte[] buffer, long offset, int length, long size, CancellationToken ct)
    {
        using var response = await http.SendAsync(tokens, () =>
        {
            var content = new ByteArrayContent(buffer, 0, length);
            content.Headers.ContentRange = new ContentRangeHeaderValue(offset, offset + length - 1, size);
            return new HttpRequestMessage(HttpMethod.Put, session) { Content = content };
        }, ct, retryTransient: false, HttpStatusCode.NotFound);
        return await StateAsync(response, ct);
    }

    private async Task<SessionState> QueryAsync(IPlatformTokenSource tokens, Uri session, long size, CancellationToken ct)
    {
        using var response = await http.SendAsync(tokens, () =>
        {
            var content = new ByteArrayContent([]);
            content.Headers.ContentRange = new ContentRangeHeaderValue(size);
            return new HttpRequestMessage(HttpMethod.Put, session) { Content = content };
        }, ct, retryTransient: true, HttpStatusCode.NotFound);
        return await StateAsync(response, ct);
    }

    private static async Task<SessionState> StateAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode == HttpStatusCode.NotFound) return new SessionState(0, null, Expired: true);
        if ((int)response.StatusCode != 308) return new SessionState(0, await YouTubeHttp.ReadJsonAsync(response, ct));
        // "Range: bytes=0-N" is what the session holds; no Range header means it holds nothing yet.
        // Range is a request header to .NET, so only the non-validated view shows it on a response.
        var range = response.Headers.NonValidated.TryGetValues("Range", out var values) ? values.ToString() : null;
        if (range is null) return new SessionState(0, null);
        var dash = range.LastIndexOf('-');
        return long.TryParse(range[(dash + 1)..], out var last)
            ? new SessionState(last + 1, null)
            : throw new PublishingException(PublishingErrorCodes.Rejected, $"YouTube: unreadable upload Range '{range}'.");
    }
}
