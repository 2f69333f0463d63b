using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using WireMock.Logging;

namespace MediaCreator.Modules.Image.Tests.Providers;

/// <summary>Parses a recorded multipart/form-data body into its named parts.</summary>
internal static class Multipart
{
    public sealed record Part(string? FileName, string? ContentType, byte[] Data)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Data);
    }

    public static async Task<Dictionary<string, Part>> PartsAsync(ILogEntry entry)
    {
        var contentType = MediaTypeHeaderValue.Parse(entry.Header("Content-Type"));
        Assert.Equal("multipart/form-data", contentType.MediaType.Value);
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(entry.RequestMessage!.BodyAsBytes!));
        var parts = new Dictionary<string, Part>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var data = new MemoryStream();
            await section.Body.CopyToAsync(data);
            parts[HeaderUtilities.RemoveQuotes(disposition.Name).Value!] = new Part(
                HeaderUtilities.RemoveQuotes(disposition.FileName).Value, section.ContentType, data.ToArray());
        }
        return parts;
    }
}
