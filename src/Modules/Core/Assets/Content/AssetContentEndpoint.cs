using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Assets.Content;

/// <summary>
/// <c>GET /assets/{id}/content|thumbnail?exp=&amp;sig=</c>: the signed URL is the capability, so no auth header is read;
/// the signature binds the URL to one asset and rendition, which is the only object it can serve.
/// </summary>
public static class AssetContentEndpoint
{
    public static IEndpointRouteBuilder MapAssetContent(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/assets/{id}/content", ["GET", "HEAD"], (HttpContext http, string id) => ServeAsync(http, id, AssetVariant.Content));
        app.MapMethods("/assets/{id}/thumbnail", ["GET", "HEAD"], (HttpContext http, string id) => ServeAsync(http, id, AssetVariant.Thumbnail));
        return app;
    }

    private static async Task ServeAsync(HttpContext http, string id, AssetVariant variant)
    {
        var services = http.RequestServices;
        if (!GlobalId.TryDecode(Uri.UnescapeDataString(id), out var typeName, out var assetId) || typeName != "Asset"
            || !services.GetRequiredService<AssetUrlSigner>().Verify(assetId, variant, http.Request.Query["exp"], http.Request.Query["sig"]))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        // No owner on this request: the asset is found by the id the signature vouches for.
        var asset = await services.GetRequiredService<CoreDbContext>().Assets.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == assetId, http.RequestAborted);
        var key = variant == AssetVariant.Content ? asset?.Path : asset?.ThumbnailPath;
        if (asset is null || key is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var contentType = variant == AssetVariant.Content ? asset.MimeType : "image/jpeg";
        await ContentResponder.SendAsync(http, services.GetRequiredService<IAssetStorage>(), key, contentType,
            variant == AssetVariant.Content ? asset.SizeBytes : null, asset.FileName);
    }
}
