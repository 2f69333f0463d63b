using System.Net;
using System.Text.Json.Nodes;

namespace MediaCreator.Api.Tests.Storage;

public sealed class DeleteAssetTests : IAsyncLifetime
{
    private const string Delete = "mutation($id: ID!) { deleteAsset(input: { assetId: $id }) { deletedAssetId errors { __typename ... on Error { message } } } }";

    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;
    private string _project = null!;

    public async Task InitializeAsync()
    {
        _api = await StorageApi.StartAsync();
        _project = await _api.CreateProjectAsync(_owner);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<JsonNode> DeleteAsync(Guid owner, string id) => (await _api.QueryAsync(owner, Delete, new { id }))["data"]!["deleteAsset"]!;

    [Fact]
    public async Task DeleteAsset_KeepsSharedContentUntilTheLastReferenceGoes()
    {
        var wav = await MediaFiles.WavAsync();
        var first = (await _api.UploadAsync(_owner, _project, "a.wav", "audio/wav", wav))["asset"]!;
        var second = (await _api.UploadAsync(_owner, _project, "b.wav", "audio/wav", wav))["asset"]!;
        var file = Path.Combine(_api.Root, first["path"]!.GetValue<string>());

        var deleted = await DeleteAsync(_owner, first["id"]!.GetValue<string>());
        Assert.Equal(first["id"]!.GetValue<string>(), deleted["deletedAssetId"]!.GetValue<string>());
        Assert.True(File.Exists(file));
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync(first["url"]!.GetValue<string>())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(second["url"]!.GetValue<string>())).StatusCode);

        await DeleteAsync(_owner, second["id"]!.GetValue<string>());
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task DeleteAsset_OfAnotherOwnerOrTwice_IsNotFound()
    {
        var asset = (await _api.UploadAsync(_owner, _project, "x.png", "image/png", MediaFiles.Png()))["asset"]!;
        var id = asset["id"]!.GetValue<string>();

        Assert.Equal("NotFoundError", (await DeleteAsync(Guid.NewGuid(), id))["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Null((await DeleteAsync(_owner, id))["errors"]);
        Assert.Equal("NotFoundError", (await DeleteAsync(_owner, id))["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(_api.Root, asset["path"]!.GetValue<string>())));
    }
}
