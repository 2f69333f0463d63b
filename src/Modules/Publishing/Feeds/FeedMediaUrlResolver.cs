using MediaCreator.Modules.Publishing.Engine;
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

    public Uri? Resolve(string localPath) =>
        PublicationMediaFolder.TryRead(localPath, out var publicationId, out var extension)
            ? new Uri(options.Value.PublicBaseUrl ?? PlaceholderOrigin, $"{MediaPath}{publicationId:N}{extension}")
            : inner.Resolve(localPath);
}
