using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using GraphQL.Transport;
using MediaCreator.Api.Transport.Execution;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.Http;

/// <summary>Reads a JSON POST body (object or batch array) straight from the request pipe, enforcing the size limit.</summary>
internal static class JsonBodyReader
{
    public static async Task<ParsedRequest> ReadAsync(HttpRequest request, GraphQLTransportOptions options, JsonSerializerOptions json, CancellationToken ct)
    {
        var max = options.MaxRequestBytes;
        if (request.ContentLength > max)
            return TooLarge(max);

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(ct).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > max)
            {
                reader.AdvanceTo(buffer.End);
                return TooLarge(max);
            }
            if (read.IsCompleted)
            {
                try
                {
                    return Parse(buffer, options, json);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public static ParsedRequest Parse(ReadOnlySequence<byte> body, GraphQLTransportOptions options, JsonSerializerOptions json)
    {
        try
        {
            var peek = new Utf8JsonReader(body);
            if (!peek.Read())
                return Invalid("The request body is empty.");
            var reader = new Utf8JsonReader(body);
            switch (peek.TokenType)
            {
                case JsonTokenType.StartObject:
                    var single = JsonSerializer.Deserialize<GraphQLRequest>(ref reader, json);
                    return single is null ? Invalid("The request body must be a JSON object.") : ParsedRequest.Single(single);
                case JsonTokenType.StartArray when !options.EnableBatching:
                    return Invalid("Batched requests are not enabled.");
                case JsonTokenType.StartArray:
                    var batch = JsonSerializer.Deserialize<GraphQLRequest[]>(ref reader, json);
                    if (batch is null || batch.Length == 0 || Array.Exists(batch, r => r is null))
                        return Invalid("A batch must be a non-empty array of request objects.");
                    if (batch.Length > options.MaxBatchSize)
                        return Invalid($"A batch may hold at most {options.MaxBatchSize} operations.");
                    return ParsedRequest.Batch(batch);
                default:
                    return Invalid("The request body must be a JSON object or array.");
            }
        }
        catch (Exception ex) when (IsBadInput(ex))
        {
            return Invalid("The request body is not a valid GraphQL request: " + Describe(ex));
        }
    }

    // GraphQL.NET's request converter throws InvalidOperationException or FormatException for wrongly typed fields.
    internal static bool IsBadInput(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException;

    internal static string Describe(Exception ex) => ex is JsonException { Path: { } path } ? $"invalid JSON at {path}." : "invalid JSON or wrongly typed field.";

    internal static ParsedRequest Invalid(string message) =>
        ParsedRequest.Fail(TransportError.Result(400, ErrorCodes.BadRequest, message));

    internal static ParsedRequest TooLarge(long max) =>
        ParsedRequest.Fail(TransportError.Result(413, ErrorCodes.RequestTooLarge, $"The request exceeds the limit of {max} bytes."));
}
