using System.Text.Json;
using MediaCreator.Api.Transport.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace MediaCreator.Api.Transport.Ide;

/// <summary>
/// Serves the Banana Cake Pop build (copied to wwwroot/graphql-ide by the build) at <c>{path}/</c>, redirects browsers
/// from <c>{path}</c> there (its index.html uses relative URLs) and generates <c>bcp-config.json</c>.
/// </summary>
internal sealed class IdeResponder
{
    private const string ConfigFile = "bcp-config.json";
    private readonly GraphQLTransportOptions _options;
    private readonly Lazy<IFileProvider?> _files;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    public IdeResponder(IOptions<GraphQLTransportOptions> options, IWebHostEnvironment environment)
    {
        _options = options.Value;
        _files = new Lazy<IFileProvider?>(() => OpenFolder(_options.IdeFolder, environment));
    }

    public bool IsBrowserRequest(HttpContext http) =>
        _options.EnableIde
        && !http.Request.Query.ContainsKey("query")
        && http.Request.Headers.Accept.Any(a => a is not null && a.Contains(MediaTypes.Html, StringComparison.OrdinalIgnoreCase));

    public Task ServeRootAsync(HttpContext http)
    {
        var request = http.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            http.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
            return Task.CompletedTask;
        }
        return ServeFileAsync(http, "index.html");
    }

    public Task ServeAssetAsync(HttpContext http, string subPath)
    {
        if (!_options.EnableIde || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return subPath == ConfigFile ? WriteConfigAsync(http) : ServeFileAsync(http, subPath);
    }

    private async Task ServeFileAsync(HttpContext http, string subPath)
    {
        var file = _files.Value?.GetFileInfo(subPath);
        if (file is not { Exists: true, IsDirectory: false })
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            if (_files.Value is null)
                await http.Response.WriteAsync("The GraphQL IDE is not built; build src/Api to fetch it.", http.RequestAborted).ConfigureAwait(false);
            return;
        }
        if (!_contentTypes.TryGetContentType(subPath, out var contentType))
            contentType = "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            contentType += "; charset=utf-8";
        http.Response.ContentType = contentType;
        http.Response.ContentLength = file.Length;
        // Hashed assets under static/ never change; the rest must be revalidated so a new build is picked up.
        http.Response.Headers.CacheControl = subPath.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        if (!HttpMethods.IsHead(http.Request.Method))
            await http.Response.SendFileAsync(file, http.RequestAborted).ConfigureAwait(false);
    }

    private Task WriteConfigAsync(HttpContext http)
    {
        var request = http.Request;
        var endpointPath = request.PathBase + request.Path.Value![..request.Path.Value!.LastIndexOf('/')];
        var config = new Dictionary<string, object?>
        {
            ["endpoint"] = $"{request.Scheme}://{request.Host}{endpointPath}",
            ["useBrowserUrlAsEndpoint"] = true,
            ["subscriptionProtocol"] = "graphql-transport-ws",
            ["disableTelemetry"] = true,
            ["title"] = "MediaCreator GraphQL",
        };
        http.Response.ContentType = MediaTypes.JsonUtf8;
        http.Response.Headers.CacheControl = "no-cache";
        return JsonSerializer.SerializeAsync(http.Response.Body, config, cancellationToken: http.RequestAborted);
    }

    private static IFileProvider? OpenFolder(string? configured, IWebHostEnvironment environment)
    {
        var candidates = new[]
        {
            configured,
            Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphql-ide"),
            environment.WebRootPath is { } webRoot ? Path.Combine(webRoot, "graphql-ide") : null,
        };
        var folder = candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, "index.html")));
        return folder is null ? null : new PhysicalFileProvider(folder);
    }
}
