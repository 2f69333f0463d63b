using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Transport;

/// <summary>GraphQL multipart request spec uploads (notes §2.5).</summary>
[Collection(TransportCollection.Name)]
public sealed class UploadTests(TransportServer server)
{
    private readonly HttpClient _client = server.CreateClient();

    private static HttpRequestMessage Multipart(string operations, string map, IEnumerable<(string Name, string FileName, byte[] Bytes)> files, bool preflight = true)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(operations, Encoding.UTF8), "operations" },
            { new StringContent(map, Encoding.UTF8), "map" },
        };
        foreach (var (name, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            content.Add(part, name, fileName);
        }
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (preflight)
            request.Headers.Add("GraphQL-Preflight", "1");
        return request;
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public async Task Uploaded_file_arrives_intact()
    {
        var bytes = RandomBytes(200_000);
        var request = Multipart(
            "{\"query\":\"mutation ($f: Upload!) { upload(file: $f) { name size sha256 } }\",\"variables\":{\"f\":null}}",
            "{\"0\":[\"variables.f\"]}",
            [("0", "photo.bin", bytes)]);
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = body.GetProperty("data").GetProperty("upload");
        Assert.Equal("photo.bin", upload.GetProperty("name").GetString());
        Assert.Equal(bytes.Length, upload.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), upload.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Files_map_into_lists_and_batches()
    {
        var a = RandomBytes(1000);
        var b = RandomBytes(2000);
        var operations = "[{\"query\":\"mutation ($fs: [Upload!]!) { uploadMany(files: $fs) { name sha256 } }\",\"variables\":{\"fs\":[null,null]}}," +
                         "{\"query\":\"mutation ($f: Upload!) { upload(file: $f) { size } }\",\"variables\":{\"f\":null}}]";
        var request = Multipart(operations, "{\"a\":[\"0.variables.fs.0\",\"1.variables.f\"],\"b\":[\"0.variables.fs.1\"]}", [("a", "a.bin", a), ("b", "b.bin", b)]);
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var many = body[0].GetProperty("data").GetProperty("uploadMany");
        Assert.Equal(["a.bin", "b.bin"], many.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(b)), many[1].GetProperty("sha256").GetString());
        Assert.Equal(1000, body[1].GetProperty("data").GetProperty("upload").GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Multipart_without_preflight_header_is_rejected_as_csrf()
    {
        var request = Multipart("{\"query\":\"mutation ($f: Upload!) { upload(file: $f) { size } }\",\"variables\":{\"f\":null}}", "{\"0\":[\"variables.f\"]}", [("0", "x", RandomBytes(10))], preflight: false);
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("CSRF_PREFLIGHT_REQUIRED", body.FirstErrorCode());
    }

    [Theory]
    [InlineData("{\"0\":[\"variables.other\"]}")]
    [InlineData("{\"0\":[\"query\"]}")]
    [InlineData("{\"1\":[\"variables.f\"]}")]
    [InlineData("{\"0\":[\"variables.f.deep\"]}")]
    public async Task Map_entries_to_unknown_paths_are_400(string map)
    {
        var request = Multipart("{\"query\":\"mutation ($f: Upload!) { upload(file: $f) { size } }\",\"variables\":{\"f\":null}}", map, [("0", "x", RandomBytes(10))]);
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", body.FirstErrorCode());
    }

    [Fact]
    public async Task Too_large_file_is_413()
    {
        var request = Multipart("{\"query\":\"mutation ($f: Upload!) { upload(file: $f) { size } }\",\"variables\":{\"f\":null}}", "{\"0\":[\"variables.f\"]}", [("0", "big", RandomBytes(300 * 1024))]);
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", body.FirstErrorCode());
    }

    [Fact]
    public async Task Too_many_files_is_413()
    {
        var files = Enumerable.Range(0, 4).Select(i => (i.ToString(), $"f{i}", RandomBytes(10))).ToList();
        var map = JsonSerializer.Serialize(files.ToDictionary(f => f.Item1, f => new[] { $"variables.fs.{f.Item1}" }));
        var request = Multipart("{\"query\":\"mutation ($fs: [Upload!]!) { uploadMany(files: $fs) { size } }\",\"variables\":{\"fs\":[null,null,null,null]}}", map, files);
        var (response, body) = await _client.SendGqlAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", body.FirstErrorCode());
    }

    [Fact]
    public async Task Upload_literal_in_document_is_a_validation_error()
    {
        var (response, _) = await _client.SendGqlAsync(Gql.Query("mutation { upload(file: \"x\") { size } }"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
