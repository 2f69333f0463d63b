using System.Text.Json;
using MediaCreator.Api.Transport.Execution;
using MediaCreator.Api.Transport.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MediaCreator.Api.Transport.Http;

/// <summary>Chooses the POST body reader by Content-Type; refuses unknown types (415) and CSRF-prone simple requests without a preflight header.</summary>
internal static class PostBodyReader
{
    private static readonly string[] PreflightHeaders =
        ["GraphQL-Preflight", "GraphQL-Require-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"];

    public static Task<ParsedRequest> ReadAsync(HttpContext http, GraphQLTransportOptions options, JsonSerializerOptions json)
    {
        var request = http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Length == 0)
            return Task.FromResult(Unsupported("A Content-Type header is required; use application/json."));

        var mediaType = contentType.MediaType.Value!;
        if (string.Equals(mediaType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            var charset = contentType.Charset;
            if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
                return Task.FromResult(Unsupported("Only UTF-8 encoded JSON is accepted."));
            return JsonBodyReader.ReadAsync(request, options, json, http.RequestAborted);
        }

        var simpleRequestType = string.Equals(mediaType, MediaTypes.Multipart, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, MediaTypes.FormUrlEncoded, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, MediaTypes.TextPlain, StringComparison.OrdinalIgnoreCase);
        if (simpleRequestType && !Array.Exists(PreflightHeaders, h => request.Headers.ContainsKey(h)))
        {
            return Task.FromResult(ParsedRequest.Fail(TransportError.Result(400, ErrorCodes.CsrfPreflightRequired,
                "This request needs a 'GraphQL-Preflight: 1' header (or GraphQL-Require-Preflight, Apollo-Require-Preflight, X-Apollo-Operation-Name) to prove it is not a cross-site form post.")));
        }
        if (string.Equals(mediaType, MediaTypes.Multipart, StringComparison.OrdinalIgnoreCase))
            return MultipartRequestReader.ReadAsync(http, options, json);
        return Task.FromResult(Unsupported($"Content-Type '{mediaType}' is not supported; use application/json or multipart/form-data."));
    }

    private static ParsedRequest Unsupported(string message) =>
        ParsedRequest.Fail(TransportError.Result(415, ErrorCodes.UnsupportedMediaType, message));
}
