using GraphQL;
using MediaCreator.Modules.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Assets.Content;

/// <summary>Absolute signed URLs for <c>Asset.url</c> and <c>Asset.thumbnailUrl</c>.</summary>
internal sealed class AssetUrls(AssetUrlSigner signer, IHttpContextAccessor http, IOptions<StorageOptions> options)
{
    public Uri For(Guid assetId, AssetVariant variant, int expiresInSeconds)
    {
        if (expiresInSeconds is < 1 or > AssetUrlSigner.MaxLifetimeSeconds)
        {
            throw new ExecutionError($"expiresInSeconds must be between 1 and {AssetUrlSigner.MaxLifetimeSeconds}.") { Code = "OUT_OF_RANGE" };
        }
        string pathAndQuery;
        try
        {
            pathAndQuery = signer.PathAndQuery(assetId, variant, expiresInSeconds);
        }
        catch (StorageNotConfiguredException e)
        {
            throw new ExecutionError(e.Message) { Code = "STORAGE_NOT_CONFIGURED" };
        }
        return new Uri(new Uri(Origin()), pathAndQuery);
    }

    private string Origin()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)) return options.Value.PublicBaseUrl;
        var request = http.HttpContext?.Request;
        return request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
