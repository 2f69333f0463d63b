using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.Uploads;

internal sealed class FormFileUpload(IFormFile file) : IUploadedFile
{
    public string FileName => file.FileName;

    public string ContentType => file.ContentType ?? "application/octet-stream";

    public long Length => file.Length;

    public Stream OpenReadStream() => file.OpenReadStream();
}
