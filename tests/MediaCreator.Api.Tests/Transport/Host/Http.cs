using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MediaCreator.Api.Tests.Transport.Host;

internal static class Gql
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static HttpRequestMessage Post(string json, string? accept = GraphQLResponse, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    public static HttpRequestMessage Query(string query, string? accept = GraphQLResponse, object? variables = null) =>
        Post(JsonSerializer.Serialize(new { query, variables }), accept);

    public static HttpRequestMessage Get(string queryString, string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendGqlAsync(this HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, body);
    }

    public static string FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
}
