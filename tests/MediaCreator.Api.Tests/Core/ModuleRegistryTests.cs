using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Core;

public sealed class ModuleRegistryTests : IAsyncLifetime
{
    private ApiFactory _factory = null!;
    private GraphQLClient _local = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync();
        _local = GraphQLClient.Anonymous(_factory); // Development: no credentials = the local owner
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Modules_ListEveryBuiltInModule()
    {
        var data = await _local.DataAsync("{ modules(order: [{ name: ASC }]) { name category builtIn enabled version } }");
        var names = data["modules"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["audio", "core", "image", "input-brain", "publishing", "video"], names);
        Assert.All(data["modules"]!.AsArray(), m => Assert.True(m!["builtIn"]!.GetValue<bool>()));
        var filtered = await _local.DataAsync("{ modules(where: { category: { in: [VIDEO, AUDIO] } }) { name } }");
        Assert.Equal(2, filtered["modules"]!.AsArray().Count);
    }

    [Fact]
    public async Task RegisterModule_StoresCapabilitiesProvidersAndCost()
    {
        var data = await _local.DataAsync("""
            mutation {
              registerModule(input: {
                name: "lipsync", displayName: "Lip Sync", category: VIDEO, version: "1.2.0",
                capabilities: [{ key: "lipsync.render", taskName: "lipsync.render", inputSchema: { type: "object", required: ["audio"] }, defaultProvider: "wav2lip" }],
                providers: [{ key: "wav2lip", capabilities: ["lipsync.render"], costProfile: { currency: "USD", unit: PER_SECOND, unitCost: 0.002 } }],
                costProfile: { currency: "USD", unit: PER_JOB, unitCost: 0.01, minimumCost: 0.01 }
              }) {
                module { id name displayName builtIn capabilities { key taskName inputSchema defaultProvider { key } providers { key } } costProfile { unit unitCost } }
                errors { __typename }
              }
            }
            """);
        var module = data["registerModule"]!["module"]!;
        Assert.False(module["builtIn"]!.GetValue<bool>());
        Assert.Equal("object", module["capabilities"]![0]!["inputSchema"]!["type"]!.GetValue<string>());
        Assert.Equal("wav2lip", module["capabilities"]![0]!["defaultProvider"]!["key"]!.GetValue<string>());
        Assert.Equal("PER_JOB", module["costProfile"]!["unit"]!.GetValue<string>());

        var providers = await _local.DataAsync("""{ providers(capability: "lipsync.render") { key module { name } costProfile { unit unitCost } } moduleByName(name: "lipsync") { displayName } }""");
        Assert.Equal("wav2lip", providers["providers"]![0]!["key"]!.GetValue<string>());
        Assert.Equal("PER_SECOND", providers["providers"]![0]!["costProfile"]!["unit"]!.GetValue<string>());
        Assert.Equal("Lip Sync", providers["moduleByName"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterModule_RefusesBuiltInNamesAndBadCapabilities()
    {
        var taken = await _local.DataAsync("""
            mutation { registerModule(input: { name: "image", category: IMAGE, version: "9", capabilities: [{ key: "image.x", taskName: "image.x" }] }) { module { id } errors { __typename } } }
            """);
        Assert.Equal("ConflictError", taken["registerModule"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        var invalid = await _local.DataAsync("""
            mutation { registerModule(input: { name: "Bad Name", category: OTHER, version: "1", capabilities: [],
                providers: [{ key: "p", capabilities: ["nope.nope"] }] }) { module { id } errors { ... on ValidationError { field code } } } }
            """);
        var codes = invalid["registerModule"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("INVALID_FORMAT", codes);
        Assert.Contains("REQUIRED", codes);
        Assert.Contains("UNKNOWN_CAPABILITY", codes);
    }
}
