using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Engine;
using MediaCreator.Modules.Publishing.Exports;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>
/// The podcast/video feeds this server serves, public as podcast apps need them: <c>GET /feeds/{feedId}.xml</c>
/// (the RSS_FEED account's external id; due items only, with ETag and Last-Modified) and the items' media at
/// <c>GET /feeds/media/{publicationId}.{ext}</c> (PUBLISHED feed publications only, byte ranges when storage seeks).
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapPublishingFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feeds/{feedId}.xml", ["GET", "HEAD"], (HttpContext http, string feedId) => ServeFeedAsync(http, feedId));
        app.MapMethods(FeedMediaUrlResolver.MediaPath + "{file}", ["GET", "HEAD"], (HttpContext http, string file) => ServeMediaAsync(http, file));
        return app;
    }

    private static async Task<IResult> ServeFeedAsync(HttpContext http, string feedId)
    {
        var services = http.RequestServices;
        if (!SafeName.IsSafe(feedId)) return Results.NotFound();
        var db = services.GetRequiredService<PublishingDbContext>();
        // No owner on this request: the feed id (an unguessable account external id) is the address.
        var account = await db.PlatformAccounts.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Platform == RssFeedPublisher.PlatformKey && a.ExternalId == feedId
                && a.ConnectionStatus != PlatformConnectionStatus.Revoked, http.RequestAborted);
        if (account is null) return Results.NotFound();
        var channel = account.ChannelId is { } channelId
            ? await db.Channels.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId && c.OwnerId == account.OwnerId, http.RequestAborted)
            : null;
        var origin = Origin(http);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var items = (await services.GetRequiredService<IFeedStore>().ListAsync(feedId, http.RequestAborted))
            .Where(i => i.PubDate <= now).Select(i => Rebase(i, origin)).ToList();
        // The feed as of its newest item: the same items give the same bytes, so the ETag only changes with the content.
        var asOf = items.Count > 0 ? items.Max(i => i.PubDate) : new DateTimeOffset(DateTime.SpecifyKind(account.CreatedAt, DateTimeKind.Utc));
        var selfUrl = new Uri(origin, $"/feeds/{feedId}.xml");
        using var buffer = new MemoryStream();
        new PodcastFeedWriter().Write(buffer, Channel(account, channel, selfUrl), items, asOf, selfUrl);
        var bytes = buffer.ToArray();
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
        return Results.Bytes(bytes, "application/rss+xml; charset=utf-8", lastModified: asOf, entityTag: etag);
    }

    private static async Task<IResult> ServeMediaAsync(HttpContext http, string file)
    {
        var services = http.RequestServices;
        if (!Guid.TryParseExact(Path.GetFileNameWithoutExtension(file), "N", out var publicationId)) return Results.NotFound();
        var publication = await services.GetRequiredService<PublishingDbContext>().Publications.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == publicationId && p.Platform == RssFeedPublisher.PlatformKey && p.Status == PublicationStatus.Published,
                http.RequestAborted);
        if (publication?.AssetId is not { } assetId) return Results.NotFound();
        var asset = await services.GetRequiredService<CoreDbContext>().Assets.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == assetId && a.OwnerId == publication.OwnerId, http.RequestAborted);
        if (asset is null || PublicationMediaFolder.Extension(asset.MimeType) != Path.GetExtension(file)) return Results.NotFound();
        var stream = await services.GetRequiredService<IAssetStorage>().OpenReadAsync(asset.Path, ct: http.RequestAborted);
        if (stream is null) return Results.NotFound();
        var etag = new EntityTagHeaderValue($"\"{asset.Path[(asset.Path.LastIndexOf('/') + 1)..]}\"");
        return Results.Stream(stream, asset.MimeType, entityTag: etag, enableRangeProcessing: stream.CanSeek);
    }

    private static Uri Origin(HttpContext http) => FeedMediaUrlResolver.Origin(http);

    private static FeedItem Rebase(FeedItem item, Uri origin) => item with { EnclosureUrl = FeedMediaUrlResolver.Rebase(item.EnclosureUrl, origin) };

    /// <summary>The channel from the account's feed settings (metadata), then its content channel, then the account.</summary>
    private static PodcastChannel Channel(PlatformAccount account, ContentChannel? channel, Uri selfUrl)
    {
        var settings = Parse(account.MetadataJson);
        var channelSettings = Parse(channel?.MetadataJson);
        string? Text(string key) => settings?[key] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
        var title = Text("title") ?? channel?.Name ?? account.Name;
        var link = Uri.TryCreate(Text("link"), UriKind.Absolute, out var l) ? l : selfUrl;
        return new PodcastChannel(
            title, Text("description") ?? channel?.Description ?? title, link,
            Text("language") ?? (channelSettings?["language"] is JsonValue lang && lang.TryGetValue<string>(out var language) ? language : "en"),
            Text("author") ?? account.Handle ?? account.Name, Text("ownerEmail") ?? "",
            Uri.TryCreate(Text("imageUrl"), UriKind.Absolute, out var image) ? image : link,
            Text("category") ?? "Technology", settings?["explicit"] is JsonValue e && e.TryGetValue<bool>(out var isExplicit) && isExplicit,
            Text("ownerName"), Text("subcategory"));
    }

    private static JsonObject? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
