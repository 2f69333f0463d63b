namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>The public URL a stored media file is served at (feed enclosures, webhook payloads).</summary>
public interface IMediaUrlResolver
{
    /// <returns>Null when the file is not served publicly.</returns>
    Uri? Resolve(string localPath);
}
