using System.Net;
using System.Text.Json;
using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Transport;

/// <summary>Banana Cake Pop at /graphql/ for browsers, copied in by the Api build (src/Api/ide/GraphQLIde.targets).</summary>
[Collection(TransportCollection.Name)]
public sealed class IdeTests(TransportServer server)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUri };

    private Task<HttpResponseMessage> BrowserGetAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Browser_get_of_graphql_redirects_to_the_trailing_slash()
    {
        var response = await BrowserGetAsync("/graphql");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Index_html_is_served_at_the_trailing_slash()
    {
        var response = await BrowserGetAsync("/graphql/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", html);

        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main[^\"]+)\"").Groups[1].Value;
        var asset = await _client.GetAsync("/graphql/" + script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [Fact]
    public async Task Licence_notice_is_kept_beside_the_ide()
    {
        var response = await _client.GetAsync("/graphql/LICENSE");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ChilliCream", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bcp_config_points_at_the_endpoint()
    {
        var response = await _client.GetAsync("/graphql/bcp-config.json");
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(server.GraphQLUri.ToString().TrimEnd('/'), config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("graphql-transport-ws", config.GetProperty("subscriptionProtocol").GetString());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task Graphql_get_with_query_on_the_slash_path_still_executes()
    {
        var response = await BrowserGetAsync("/graphql/?query=" + Uri.EscapeDataString("{ hello }"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Ide_posts_to_the_slash_path_work()
    {
        var request = Gql.Query("{ hello }");
        request.RequestUri = new Uri("/graphql/", UriKind.Relative);
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Missing_asset_is_404_and_traversal_is_refused()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/graphql/static/nope.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/graphql/..%2F..%2Fappsettings.json")).StatusCode);
    }
}
