using System.Net;
using System.Text.Json;
using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Transport;

[Collection(TransportCollection.Name)]
public sealed class HttpExecutionTests(TransportServer server)
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Batch_returns_an_array_of_results_in_order()
    {
        var json = "[{\"query\":\"{ hello }\"},{\"query\":\"query ($t: String!) { echo(text: $t) }\",\"variables\":{\"t\":\"b\"}},{\"query\":\"{ nope }\"}]";
        var (response, body) = await _client.SendGqlAsync(Gql.Post(json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        Assert.Equal("world", body[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("b", body[1].GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", body[2].FirstErrorCode());
    }

    [Fact]
    public async Task Batch_of_more_than_ten_is_rejected()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ hello }\"}", 11)) + "]";
        var (response, body) = await _client.SendGqlAsync(Gql.Post(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", body.FirstErrorCode());
    }

    [Fact]
    public async Task Slow_operation_times_out_with_execution_timeout_not_500()
    {
        var (response, body) = await _client.SendGqlAsync(Gql.Query("{ slow(ms: 10000) }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("EXECUTION_TIMEOUT", body.FirstErrorCode());
    }

    [Fact]
    public async Task Unhandled_exception_is_masked_outside_development()
    {
        var response = await _client.SendAsync(Gql.Query("{ hello boom }"));
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Unexpected execution error", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("InvalidOperation", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task Repeated_query_skips_validation_via_the_document_cache()
    {
        const string query = "query CacheProbe { hello echo(text: \"cache\") }";
        var before = Volatile.Read(ref CountingValidationRule.Runs);
        for (var i = 0; i < 3; i++)
        {
            var (response, body) = await _client.SendGqlAsync(Gql.Query(query));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("cache", body.GetProperty("data").GetProperty("echo").GetString());
        }
        Assert.Equal(1, Volatile.Read(ref CountingValidationRule.Runs) - before);
    }

    [Fact]
    public async Task Cached_document_still_checks_variables()
    {
        const string query = "query CoercionCache($t: String!) { echo(text: $t) }";
        var (first, _) = await _client.SendGqlAsync(Gql.Query(query, variables: new { t = "ok" }));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var (second, body) = await _client.SendGqlAsync(Gql.Query(query, variables: new { t = new[] { 1, 2 } }));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Initializer_refusal_becomes_status_and_code()
    {
        var request = Gql.Query("{ hello }");
        request.Headers.Add("X-Deny", "1");
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("FORBIDDEN", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));

        var anonymous = Gql.Query("{ hello }", "application/json");
        anonymous.Headers.Add("X-Anonymous-Deny", "1");
        var (response401, body401) = await _client.SendGqlAsync(anonymous);
        Assert.Equal(HttpStatusCode.Unauthorized, response401.StatusCode);
        Assert.Equal("UNAUTHENTICATED", body401.FirstErrorCode());
    }

    [Fact]
    public async Task Principal_and_initializer_owner_reach_the_resolver()
    {
        var request = Gql.Query("{ whoami owner transport }");
        request.Headers.Add("X-User", "carol");
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = body.GetProperty("data");
        Assert.Equal("carol", data.GetProperty("whoami").GetString());
        Assert.Equal("carol", data.GetProperty("owner").GetString());
        Assert.Equal("Http", data.GetProperty("transport").GetString());
    }
}
