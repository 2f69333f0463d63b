using System.Net;
using System.Text.Json;
using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Transport;

[Collection(TransportCollection.Name)]
public sealed class HttpProtocolTests(TransportServer server)
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Post_query_answers_graphql_response_json_with_utf8_charset()
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query("{ hello }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed", "application/graphql-response+json")]
    public async Task Accept_negotiation_picks_the_response_type(string? accept, string expected)
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query("{ hello }", accept));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Unsupported_accept_is_406()
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query("{ hello }", "application/xml"));
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", body.FirstErrorCode());
    }

    [Theory]
    [InlineData("{ hello ", "SYNTAX_ERROR")]
    [InlineData("{ nope }", "FIELDS_ON_CORRECT_TYPE")]
    public async Task Parse_and_validation_errors_are_400_without_data_for_graphql_response_json(string query, string code)
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query(query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(code, body.FirstErrorCode());
    }

    [Theory]
    [InlineData("{ hello ", "SYNTAX_ERROR")]
    [InlineData("{ nope }", "FIELDS_ON_CORRECT_TYPE")]
    public async Task Parse_and_validation_errors_are_200_for_legacy_json(string query, string code)
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query(query, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(code, body.FirstErrorCode());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Variable_coercion_error_status_depends_on_media_type(string accept, HttpStatusCode expected)
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query("query ($t: String!) { echo(text: $t) }", accept, new { t = 5.5 }));
        Assert.Equal(expected, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.False(string.IsNullOrEmpty(body.FirstErrorCode()));
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"query\": 1}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"oops\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": [1]}")]
    public async Task Malformed_bodies_are_400_bad_request(string json)
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Post(json, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", body.FirstErrorCode());
    }

    [Fact]
    public async Task Null_optional_fields_are_accepted()
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Post("{\"query\":\"{ hello }\",\"variables\":null,\"operationName\":null,\"extensions\":null}", "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Unknown_content_type_is_415(string contentType)
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Post("{\"query\":\"{ hello }\"}", contentType: contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", body.FirstErrorCode());
    }

    [Fact]
    public async Task Get_runs_queries_with_json_string_variables()
    {
        var qs = "query=" + Uri.EscapeDataString("query ($t: String!) { echo(text: $t) }") + "&variables=" + Uri.EscapeDataString("{\"t\":\"hi\"}");
        var (response, body) = await _client.SendGqlAsync(Gql.Get(qs));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hi", body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_mutation_is_405_with_allow_post()
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Get("query=" + Uri.EscapeDataString("mutation { increment }")));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", body.FirstErrorCode());
    }

    [Fact]
    public async Task Put_is_405()
    {
        var request = Gql.Post("{\"query\":\"{ hello }\"}");
        request.Method = HttpMethod.Put;
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("METHOD_NOT_ALLOWED", body.FirstErrorCode());
    }

    [Fact]
    public async Task Subscription_over_plain_post_is_400_streaming_transport_required()
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query("subscription { countdown(from: 1) }", "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("STREAMING_TRANSPORT_REQUIRED", body.FirstErrorCode());
    }

    [Fact]
    public async Task Mutation_over_post_runs()
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query("mutation { increment }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("data").GetProperty("increment").GetInt32() > 0);
    }

    [Fact]
    public async Task Post_with_too_large_body_is_413()
    {
        var big = JsonSerializer.Serialize(new { query = "{ hello }", extensions = new { pad = new string('x', 1_100_000) } });
        var (response, body) = await _client.SendGqlAsync(Gql.Post(big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", body.FirstErrorCode());
    }

    [Fact]
    public async Task Sdl_is_served_as_text()
    {
        var response = await _client.GetAsync("/graphql?sdl");
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("scalar Upload", sdl);
        Assert.Contains("type Subscription", sdl);
        Assert.Contains("countdown(from: Int!): Int!", sdl);
    }
}
