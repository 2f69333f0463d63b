using MediaCreator.Modules.Publishing.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>
/// Enclosure URLs of published feed items: the media of a publication (a file in its publishing folder) is served at
/// <c>/feeds/media/{publicationId}{ext}</c> from storage, public for PUBLISHED feed publications only; other files go
/// to <paramref name="inner"/> (the configured public media folder).
/// </summary>
internal sealed class FeedMediaUrlResolver(IMediaUrlResolver inner, IOptions<FeedServingOptions> options) : IMediaUrlResolver
{
    /// <summary>Stands for the request's origin when no public base URL is configured; the feed endpoint rewrites it.</summary>
    public static readonly Uri PlaceholderOrigin = new("http://feed-origin.invalid/");

    public const string MediaPath = "/feeds/media/";

    /// <summary>
    /// The origin that stands in for <see cref="PlaceholderOrigin"/>: the configured public base URL, else the origin of
    /// <paramref name="http"/>'s request.
    /// </summary>
    public static Uri Origin(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<FeedServingOptions>>().Value.PublicBaseUrl
        ?? new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");

    /// <summary><paramref name="url"/> with the placeholder origin replaced by <paramref name="origin"/>; other URLs as they are.</summary>
    public static Uri Rebase(Uri url, Uri origin) =>
        url.Host == PlaceholderOrigin.Host ? new Uri(origin, url.PathAndQuery) : url;

    public Uri? Resolve(string localPath) =>
        PublicationMediaFolder.TryRead(localPath, out var publicationId, out var extension)
            ? new Uri(options.Value.PublicBaseUrl ?? PlaceholderOrigin, $"{MediaPath}{publicationId:N}{extension}")
            : inner.Resolve(localPath);
}
