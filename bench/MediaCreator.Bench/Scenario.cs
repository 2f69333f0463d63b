using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MediaCreator.Bench;

public sealed record Scenario(string Name, Func<HttpRequestMessage> CreateRequest)
{
    public static Scenario GraphQL(string name, Uri baseAddress, string query) => new(name, () =>
        new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "/graphql")) { Content = JsonContent.Create(new { query }) });

    public static Scenario Get(string name, Uri baseAddress, string path) => new(name, () =>
        new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, path)));

    /// <summary>The comparison is only fair when both sides answer the same JSON.</summary>
    public static async Task CheckSameJsonAsync(Scenario graphql, Scenario plain)
    {
        using var client = new HttpClient();
        var a = JsonNode.Parse(await (await client.SendAsync(graphql.CreateRequest())).Content.ReadAsStringAsync());
        var b = JsonNode.Parse(await (await client.SendAsync(plain.CreateRequest())).Content.ReadAsStringAsync());
        if (!JsonNode.DeepEquals(a, b))
            throw new InvalidOperationException($"{graphql.Name} and {plain.Name} differ:\n{a}\n{b}");
    }
}
