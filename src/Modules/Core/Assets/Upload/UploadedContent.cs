namespace MediaCreator.Modules.Core.Assets.Upload;

/// <summary>A file of a multipart request as Core sees it, independent of the transport that received it.</summary>
/// <param name="FileName">Name the client gave.</param>
/// <param name="ContentType">Content type the client declared (not trusted: the bytes are sniffed).</param>
/// <param name="Length">Size in bytes as received.</param>
/// <param name="OpenRead">Opens the content; each call returns a new stream.</param>
public sealed record UploadedContent(string FileName, string ContentType, long Length, Func<Stream> OpenRead);

/// <summary>
/// Turns the value of an <c>Upload</c> argument into <see cref="UploadedContent"/>; null when it is not a file.
/// The host registers it next to the <c>Upload</c> scalar it serves.
/// </summary>
public delegate UploadedContent? UploadReader(object? value);
