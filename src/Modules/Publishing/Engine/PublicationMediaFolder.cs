namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>
/// Scratch folders where uploads find their media as local files: <c>{temp}/mediacreator-publishing/{publicationId:N}-{run}/</c>.
/// A file named <c>{publicationId:N}.{ext}</c> in such a folder is the media of that publication, which is how the
/// feed's URL resolver knows which publication an RSS enclosure belongs to.
/// </summary>
internal static class PublicationMediaFolder
{
    public static string Root => Path.Combine(Path.GetTempPath(), "mediacreator-publishing");

    public static string Create(Guid publicationId)
    {
        var folder = Path.Combine(Root, $"{publicationId:N}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string MediaPath(string folder, Guid publicationId, string mimeType) =>
        Path.Combine(folder, publicationId.ToString("N") + Extension(mimeType));

    /// <summary>The publication whose media <paramref name="path"/> is, when it is one of these files.</summary>
    public static bool TryRead(string path, out Guid publicationId, out string extension)
    {
        publicationId = Guid.Empty;
        extension = Path.GetExtension(path);
        var full = Path.GetFullPath(path);
        var root = Path.GetFullPath(Root) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal)
            && Guid.TryParseExact(Path.GetFileNameWithoutExtension(full), "N", out publicationId);
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the temp folder is cleaned by the system later.
        }
    }

    public static string Extension(string mimeType) => mimeType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "video/mp4" => ".mp4",
        "video/quicktime" => ".mov",
        "video/webm" => ".webm",
        "video/x-matroska" => ".mkv",
        "audio/mpeg" => ".mp3",
        "audio/mp4" or "audio/x-m4a" or "audio/m4a" => ".m4a",
        "audio/aac" => ".aac",
        "audio/wav" or "audio/x-wav" or "audio/wave" => ".wav",
        "audio/flac" => ".flac",
        "audio/ogg" => ".ogg",
        _ => ".bin",
    };
}
