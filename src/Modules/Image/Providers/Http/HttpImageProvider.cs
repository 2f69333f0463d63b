using System.Net;
using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>
/// Base of the HTTP providers: options read at call time (hosts may change configuration after registration), the
/// configuration check, URL building and a <see cref="ProviderHttpClient"/> per logical call.
/// </summary>
internal abstract class HttpImageProvider<TOptions>(HttpClient http, IOptionsMonitor<TOptions> options, ILogger logger)
    where TOptions : HttpProviderOptions
{
    /// <summary>The mask/prompt edits the three AI services all perform.</summary>
    private static readonly IReadOnlySet<ImageEditOperation> AiEdits = new HashSet<ImageEditOperation>
    {
        ImageEditOperation.Inpaint, ImageEditOperation.RemoveObject,
        ImageEditOperation.ReplaceBackground, ImageEditOperation.InsertObject,
    };

    public abstract string Key { get; }

    public bool CanGenerate => true;

    public virtual bool CanUpscale => false;

    public IReadOnlySet<ImageEditOperation> EditOperations => AiEdits;

    public virtual Task<ImageResult> UpscaleAsync(ImageUpscaleRequest request, CancellationToken ct) =>
        throw ProviderFailures.Unsupported(Key, "upscale", "sd-webui");

    /// <summary>Configuration section, e.g. <c>Image:Providers:OpenAI</c>.</summary>
    protected abstract string Section { get; }

    protected virtual bool RequiresApiKey => true;

    /// <summary>The current options, or <see cref="ImageProviderErrorCodes.NotConfigured"/>.</summary>
    protected TOptions Configured()
    {
        var current = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(current.BaseUrl) || !Uri.TryCreate(current.BaseUrl, UriKind.Absolute, out _))
            throw ProviderFailures.NotConfigured(Key, Section, "BaseUrl (an absolute URL)");
        if (RequiresApiKey && string.IsNullOrWhiteSpace(current.ApiKey))
            throw ProviderFailures.NotConfigured(Key, Section, "ApiKey");
        return current;
    }

    protected static Uri Url(HttpProviderOptions o, string path) => new(o.BaseUrl!.TrimEnd('/') + path);

    protected ProviderHttpClient Client(
        TOptions o, long seed, Func<HttpStatusCode, JsonElement?, ImageProviderException?>? mapRefusal = null) =>
        new(http, o, Key, logger, seed, mapRefusal);

    /// <summary>Downloads a result the provider left at a URL (signed CDN links: no credentials are sent).</summary>
    protected async Task<byte[]> DownloadAsync(ProviderHttpClient client, string? url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw ProviderFailures.ProviderError(Key, "the answer holds no usable image URL.");
        return await client.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), ct);
    }

    /// <summary>Refuses operations outside <see cref="EditOperations"/>, naming who performs them.</summary>
    protected void EnsureEditable(ImageEditOperation operation)
    {
        if (!AiEdits.Contains(operation))
            throw ProviderFailures.Unsupported(Key, $"perform {operation}", ProviderAlternatives.For(operation, Key));
    }

    /// <summary>Seeds are passed to the APIs as unsigned 32-bit integers (what SD and BFL accept).</summary>
    protected static long ApiSeed(long seed) => unchecked((uint)seed);
}
