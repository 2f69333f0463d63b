using System.Net;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Auth;

namespace MediaCreator.Api.Tests.Core;

public sealed class ApiKeyTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _user = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync("Production");
        _user = GraphQLClient.AsUser(_factory, _owner);
        await _user.DataAsync("""mutation { createProject(input: { name: "Partner-visible" }) { project { id } } }""");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(string Id, string Secret)> CreateKeyAsync(string scope)
    {
        var data = await _user.DataAsync("""
            mutation($scope: String!) { createApiKey(input: { name: "partner", scopes: [$scope] }) { apiKey { id prefix scopes } secret errors { __typename } } }
            """, new { scope });
        var payload = data["createApiKey"]!;
        var secret = payload["secret"]!.GetValue<string>();
        Assert.StartsWith("mc_" + payload["apiKey"]!["prefix"]!.GetValue<string>() + "_", secret);
        return (payload["apiKey"]!["id"]!.GetValue<string>(), secret);
    }

    [Fact]
    public async Task AnalyticsReadKey_CanQueryButNotMutate()
    {
        var (_, secret) = await CreateKeyAsync(ApiKeyScopes.AnalyticsRead);
        var partner = GraphQLClient.WithApiKey(_factory, secret);
        var read = await partner.DataAsync("{ projects { nodes { name } } }");
        Assert.Equal("Partner-visible", read["projects"]!["nodes"]![0]!["name"]!.GetValue<string>());

        var write = await partner.SendAsync("""mutation { createProject(input: { name: "nope" }) { project { id } } }""");
        Assert.Equal(NotAuthorizedError.ErrorCode, write.FirstErrorCode);
        Assert.Null(write.Data);
        var after = await _user.DataAsync("{ projects { totalCount } }");
        Assert.Equal(1, after["projects"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task FullKey_CanMutate_AndRevokedKeyIsRefused()
    {
        var (id, secret) = await CreateKeyAsync(ApiKeyScopes.Full);
        var plugin = GraphQLClient.WithApiKey(_factory, secret);
        await plugin.DataAsync("""mutation { createProject(input: { name: "by key" }) { project { id } } }""");
        await _user.DataAsync("mutation($id: ID!) { revokeApiKey(input: { apiKeyId: $id }) { apiKey { revokedAt } } }", new { id });
        var refused = await plugin.SendAsync("{ projects { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }

    [Fact]
    public async Task ApiKeys_NeverExposeTheSecretOrItsHash()
    {
        var (_, secret) = await CreateKeyAsync(ApiKeyScopes.Full);
        var list = await _user.SendAsync("{ apiKeys { id name prefix scopes createdAt } }");
        Assert.DoesNotContain(secret, list.Body);
        var introspection = await _user.SendAsync("""{ __type(name: "ApiKey") { fields { name } } }""");
        Assert.DoesNotContain("hash", introspection.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownScope_IsAValidationError()
    {
        var data = await _user.DataAsync("""mutation { createApiKey(input: { name: "x", scopes: ["admin"] }) { secret errors { ... on ValidationError { field code } } } }""");
        Assert.Null(data["createApiKey"]!["secret"]);
        Assert.Equal("UNKNOWN_SCOPE", data["createApiKey"]!["errors"]![0]!["code"]!.GetValue<string>());
    }
}
