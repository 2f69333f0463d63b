using MediaCreator.Modules.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MediaCreator.Modules.Core.Assets.Content;

/// <summary>Writes a stored object with ETag, <c>Accept-Ranges: bytes</c> and single-range 206/416 answers.</summary>
internal static class ContentResponder
{
    public static async Task SendAsync(HttpContext http, IAssetStorage storage, string key, string contentType, long? knownSize, string fileName)
    {
        var response = http.Response;
        // Keys are content hashes, so the key's last segment is a strong validator of the bytes.
        var etag = new EntityTagHeaderValue($"\"{key[(key.LastIndexOf('/') + 1)..]}\"");
        response.Headers.ETag = etag.ToString();
        response.Headers.AcceptRanges = "bytes";
        response.Headers.CacheControl = "private, max-age=300";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = fileName }.ToString();
        if (http.Request.Headers.IfNoneMatch.ToString() == etag.ToString())
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var size = knownSize ?? await storage.GetSizeAsync(key, http.RequestAborted);
        if (size is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var rangeHeader = IfRangeHolds(http, etag) ? http.Request.Headers.Range.ToString() : null;
        var outcome = ByteRangeHeader.Parse(rangeHeader, size.Value, out var range);
        if (outcome == ByteRangeHeader.Outcome.Unsatisfiable)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{size}";
            return;
        }
        await using var stream = await storage.OpenReadAsync(key, range.Offset, range.Length, http.RequestAborted);
        if (stream is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.StatusCode = outcome == ByteRangeHeader.Outcome.Partial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        if (outcome == ByteRangeHeader.Outcome.Partial)
            response.Headers.ContentRange = $"bytes {range.Offset}-{range.Offset + range.Length - 1}/{size}";
        response.ContentType = contentType;
        response.ContentLength = range.Length;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await stream.CopyToAsync(response.Body, http.RequestAborted);
    }

    private static bool IfRangeHolds(HttpContext http, EntityTagHeaderValue etag)
    {
        var ifRange = http.Request.Headers.IfRange.ToString();
        return ifRange.Length == 0 || ifRange == etag.ToString();
    }
}
