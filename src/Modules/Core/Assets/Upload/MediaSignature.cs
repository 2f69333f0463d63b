namespace MediaCreator.Modules.Core.Assets.Upload;

/// <summary>What the leading bytes of a file say it is.</summary>
/// <param name="MimeType">The canonical MIME type stored on the asset.</param>
/// <param name="Extensions">File name extensions that may carry this content.</param>
/// <param name="DeclaredAliases">Content types a client may declare for it besides <paramref name="MimeType"/>.</param>
internal sealed record MediaSignature(string MimeType, AssetType Type, string[] Extensions, string[] DeclaredAliases)
{
    private static readonly string[] Generic = ["application/octet-stream", "binary/octet-stream", ""];

    public bool Accepts(string fileName, string declaredContentType)
    {
        var declared = declaredContentType.Split(';')[0].Trim().ToLowerInvariant();
        var typeOk = declared == MimeType || DeclaredAliases.Contains(declared) || Generic.Contains(declared);
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        return typeOk && (extension.Length == 0 || Extensions.Contains(extension));
    }
}
