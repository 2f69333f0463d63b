using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Feeds;

public sealed class MediaUrlOptions
{
    /// <summary>Folder whose files are served publicly.</summary>
    public string MediaRoot { get; set; } = "data/media";

    /// <summary>URL the <see cref="MediaRoot"/> folder is served at, e.g. https://example.com/media/.</summary>
    public Uri? PublicBaseUrl { get; set; }
}

/// <summary>Maps a file under <see cref="MediaUrlOptions.MediaRoot"/> to <see cref="MediaUrlOptions.PublicBaseUrl"/> + its relative path.</summary>
public sealed class BaseUrlMediaUrlResolver(IOptions<MediaUrlOptions> options) : IMediaUrlResolver
{
    public Uri? Resolve(string localPath)
    {
        var o = options.Value;
        if (o.PublicBaseUrl is null) return null;
        var root = Path.GetFullPath(o.MediaRoot);
        var relative = Path.GetRelativePath(root, Path.GetFullPath(localPath));
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
        var segments = relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString);
        var baseUrl = o.PublicBaseUrl.AbsoluteUri.EndsWith('/') ? o.PublicBaseUrl : new Uri(o.PublicBaseUrl.AbsoluteUri + "/");
        return new Uri(baseUrl, string.Join('/', segments));
    }
}
