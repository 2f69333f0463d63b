using System.Text;
using System.Text.Json;
using MediaCreator.Api.Transport.Execution;
using MediaCreator.Api.Transport.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MediaCreator.Api.Transport.Uploads;

/// <summary>Reads a GraphQL multipart request (operations, map, files) and puts the files into the variables.</summary>
internal static class MultipartRequestReader
{
    public static async Task<ParsedRequest> ReadAsync(HttpContext http, GraphQLTransportOptions options, JsonSerializerOptions json)
    {
        var totalLimit = options.MaxUploadFiles * options.MaxUploadFileBytes + options.MaxRequestBytes;
        if (http.Request.ContentLength > totalLimit)
            return JsonBodyReader.TooLarge(totalLimit);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = totalLimit;

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = totalLimit,
                ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBytes),
                ValueCountLimit = options.MaxUploadFiles + 16,
            }, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return JsonBodyReader.TooLarge(totalLimit);
        }
        catch (InvalidDataException ex)
        {
            return ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? JsonBodyReader.TooLarge(totalLimit)
                : JsonBodyReader.Invalid("The multipart body is malformed.");
        }

        if (form.Files.Count > options.MaxUploadFiles)
            return Fail(413, ErrorCodes.RequestTooLarge, $"At most {options.MaxUploadFiles} files may be uploaded at once.");
        foreach (var file in form.Files)
        {
            if (file.Length > options.MaxUploadFileBytes)
                return Fail(413, ErrorCodes.RequestTooLarge, $"File '{file.Name}' exceeds the limit of {options.MaxUploadFileBytes} bytes.");
        }

        if (!form.TryGetValue("operations", out var operations) || string.IsNullOrEmpty(operations))
            return JsonBodyReader.Invalid("The multipart request has no 'operations' field.");
        var parsed = JsonBodyReader.Parse(new System.Buffers.ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(operations.ToString())), options, json);
        if (parsed.Error is not null)
            return parsed;
        return form.TryGetValue("map", out var map) && !string.IsNullOrEmpty(map) ? ApplyMap(parsed, map.ToString(), form.Files) : parsed;
    }

    private static ParsedRequest ApplyMap(ParsedRequest parsed, string mapJson, IFormFileCollection files)
    {
        Dictionary<string, string[]>? map;
        try
        {
            map = JsonSerializer.Deserialize<Dictionary<string, string[]>>(mapJson);
        }
        catch (JsonException)
        {
            return JsonBodyReader.Invalid("The multipart 'map' field must be a JSON object of string arrays.");
        }
        foreach (var (key, paths) in map ?? [])
        {
            var file = files.GetFile(key);
            if (file is null)
                return JsonBodyReader.Invalid($"The map names file '{key}', but no such file part was sent.");
            var upload = new FormFileUpload(file);
            foreach (var path in paths ?? [])
            {
                var error = path is null ? "A map path must be a string." : FileMapper.TryMap(parsed.Requests!, parsed.IsBatch, path, upload);
                if (error is not null)
                    return JsonBodyReader.Invalid(error);
            }
        }
        return parsed;
    }

    private static ParsedRequest Fail(int status, string code, string message) =>
        ParsedRequest.Fail(TransportError.Result(status, code, message));
}
