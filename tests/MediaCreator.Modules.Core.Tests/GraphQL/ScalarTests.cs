using System.Text.Json;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

[Collection(DatabaseCollection.Name)]
public sealed class ScalarTests(DatabaseFixture databases)
{
    private Task<JsonElement> RunAsync(string query, string? variables = null) => databases["sqlite"].ExecuteAsync(query, variables);

    [Fact]
    public async Task Widget_OutputScalars_UseContractFormats()
    {
        var result = await RunAsync("""{ widgets(first: 1, order: [{ name: ASC }], where: { name: { eq: "Widget 01" } }) { nodes { ownerId createdAt deletedAt releasedOn price size homepage metadata } } }""");

        result.AssertNoErrors();
        var widget = result.At("data.widgets.nodes.0");
        Assert.Equal("bbbbbbbb-0000-0000-0000-000000000002", widget.GetProperty("ownerId").GetString());
        Assert.Equal("2024-01-01T01:00:00Z", widget.GetProperty("createdAt").GetString());
        Assert.Equal(JsonValueKind.Null, widget.GetProperty("deletedAt").ValueKind);
        Assert.Equal("2024-01-02", widget.GetProperty("releasedOn").GetString());
        Assert.Equal(2.10m, widget.GetProperty("price").GetDecimal());
        Assert.Equal(JsonValueKind.Number, widget.GetProperty("size").ValueKind);
        Assert.Equal("https://example.com/widgets/1", widget.GetProperty("homepage").GetString());
        Assert.Equal("""{"index":1,"tags":["t1"]}""", widget.GetProperty("metadata").GetRawText());
    }

    [Fact]
    public async Task Long_AboveInt32_IsSerializedExactly()
    {
        var result = await RunAsync("""{ widgets(where: { size: { gt: 3000000000 } }) { nodes { size } } }""");

        Assert.Equal(5_000_000_000L, result.At("data.widgets.nodes.0.size").GetInt64());
    }

    [Fact]
    public async Task Json_FromLiteralAndVariable_RoundTripsTheValue()
    {
        var literal = await RunAsync("""{ echoJson(value: { a: [1, 2.5, "x", true, null, RED], b: { c: 12345678901234567890 } }) }""");
        var variable = await RunAsync("query($v: JSON) { echoJson(value: $v) }", """{ "v": { "a": [1, "x"], "n": null } }""");
        var scalar = await RunAsync("query($v: JSON) { echoJson(value: $v) }", """{ "v": "just text" }""");

        Assert.Equal("""{"a":[1,2.5,"x",true,null,"RED"],"b":{"c":12345678901234567890}}""", literal.At("data.echoJson").GetRawText());
        Assert.Equal("""{"a":[1,"x"],"n":null}""", variable.At("data.echoJson").GetRawText());
        Assert.Equal("\"just text\"", scalar.At("data.echoJson").GetRawText());
    }

    [Theory]
    [InlineData("2024-05-01T12:30:00+02:00", "2024-05-01T10:30:00Z")]
    [InlineData("2024-05-01T10:30:00.1234567Z", "2024-05-01T10:30:00.1234567Z")]
    [InlineData("2024-05-01T10:30:00.120z", "2024-05-01T10:30:00.12Z")]
    public async Task DateTime_WithOffset_IsNormalizedToUtc(string input, string expected)
    {
        var result = await RunAsync($"{{ echoDateTime(value: \"{input}\") }}");

        Assert.Equal(expected, result.At("data.echoDateTime").GetString());
    }

    [Theory]
    [InlineData("""{ echoDateTime(value: "2024-05-01T10:30:00") }""")]
    [InlineData("""{ echoDateTime(value: "2024-05-01") }""")]
    [InlineData("""{ echoUrl(value: "/relative/path") }""")]
    [InlineData("""{ echoDate(value: "2024-13-01") }""")]
    public async Task Scalars_WithInvalidLiteral_AreRejected(string query)
    {
        var result = await RunAsync(query);

        Assert.True(result.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task UrlAndDate_ValidLiterals_RoundTrip()
    {
        var result = await RunAsync("""{ echoUrl(value: "https://example.com/a?b=1") echoDate(value: "2024-02-29") }""");

        result.AssertNoErrors();
        Assert.Equal("https://example.com/a?b=1", result.At("data.echoUrl").GetString());
        Assert.Equal("2024-02-29", result.At("data.echoDate").GetString());
    }

    [Fact]
    public void Serialize_DateTimeKinds_AreAllPrintedAsUtc()
    {
        var scalar = new DateTimeScalarType();

        Assert.Equal("2024-01-01T00:00:00Z", scalar.Serialize(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)));
        Assert.Equal("2024-01-01T00:00:00Z", scalar.Serialize(new DateTimeOffset(2024, 1, 1, 3, 0, 0, TimeSpan.FromHours(3))));
    }

    [PostgresFact]
    public void Postgres_IsConfigured_SoEveryDataTheoryAlsoRunsOnIt() =>
        Assert.Contains("postgres", Databases.All().Cast<object[]>().Select(row => (string)row[0]));
}
