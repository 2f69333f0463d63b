using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.Http;

/// <summary>Reads a GET request: <c>query</c>, <c>operationName</c>, and <c>variables</c>/<c>extensions</c> as JSON strings.</summary>
internal static class GetRequestReader
{
    public static ParsedRequest Read(HttpRequest request, GraphQLTransportOptions options, JsonSerializerOptions json)
    {
        if (request.QueryString.HasValue && request.QueryString.Value!.Length > options.MaxRequestBytes)
            return JsonBodyReader.TooLarge(options.MaxRequestBytes);

        var query = request.Query;
        var result = new GraphQLRequest
        {
            Query = Value(query["query"]),
            OperationName = Value(query["operationName"]),
        };
        try
        {
            result.Variables = ReadInputs(Value(query["variables"]), json);
            result.Extensions = ReadInputs(Value(query["extensions"]), json);
        }
        catch (Exception ex) when (JsonBodyReader.IsBadInput(ex))
        {
            return JsonBodyReader.Invalid("'variables' and 'extensions' must be JSON objects.");
        }
        return ParsedRequest.Single(result);
    }

    private static string? Value(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 || string.IsNullOrEmpty(values[0]) ? null : values[0];

    private static Inputs? ReadInputs(string? text, JsonSerializerOptions json)
    {
        if (text is null)
            return null;
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.StartsWith("null"))
            return null;
        if (trimmed.Length == 0 || trimmed[0] != '{')
            throw new FormatException("Expected a JSON object.");
        return JsonSerializer.Deserialize<Inputs>(text, json);
    }
}
