using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaCreator.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests as a given caller and returns the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public static GraphQLClient Anonymous(ApiFactory factory) => new(factory.CreateClient());

    public static GraphQLClient AsUser(ApiFactory factory, Guid userId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForUser(userId));
        return new GraphQLClient(client);
    }

    public static GraphQLClient WithApiKey(ApiFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return new GraphQLClient(client);
    }

    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject(), body);
    }

    /// <summary>Sends and asserts there were no top-level errors; returns <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        Assert.True(response.Errors is null, response.Body);
        return response.Data!;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Json, string Body)
{
    public JsonNode? Data => Json["data"];

    public JsonArray? Errors => Json["errors"]?.AsArray();

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();
}
