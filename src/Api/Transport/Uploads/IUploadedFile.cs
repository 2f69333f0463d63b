namespace MediaCreator.Api.Transport.Uploads;

/// <summary>A file sent with a GraphQL multipart request; the value of an <see cref="UploadGraphType"/> argument.</summary>
public interface IUploadedFile
{
    /// <summary>The file name the client gave.</summary>
    string FileName { get; }

    /// <summary>The content type the client gave.</summary>
    string ContentType { get; }

    /// <summary>Size in bytes.</summary>
    long Length { get; }

    /// <summary>Opens the file's content for reading; each call returns a new stream.</summary>
    Stream OpenReadStream();
}
