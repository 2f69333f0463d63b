using System.Net;
using MediaCreator.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace MediaCreator.Api.Tests.Core;

/// <summary>Tokens from an OIDC authority (Supabase's asymmetric signing keys) are validated against its JWKS.</summary>
public sealed class OidcAuthorityTests
{
    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.EcdsaSha256)]
    public async Task TokenFromAuthority_IsAccepted_AndForeignTokenRefused(string algorithm)
    {
        await using var issuer = await LocalOidcIssuer.StartAsync(algorithm);
        await using var factory = await ApiFactory.CreateAsync("Production", new Dictionary<string, string?>
        {
            ["Auth:Authority"] = issuer.Issuer,
            ["Auth:Issuer"] = issuer.Issuer,
        });
        var user = Guid.NewGuid();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", issuer.TokenFor(user));
        var created = await new GraphQLClient(client).DataAsync("""mutation { createProject(input: { name: "oidc" }) { project { ownerId } } }""");
        Assert.Equal(user.ToString(), created["createProject"]!["project"]!["ownerId"]!.GetValue<string>());

        await using var stranger = await LocalOidcIssuer.StartAsync(algorithm);
        var foreign = factory.CreateClient();
        foreign.DefaultRequestHeaders.Authorization = new("Bearer", stranger.TokenFor(user));
        var refused = await new GraphQLClient(foreign).SendAsync("{ projects { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);

        var hs256 = factory.CreateClient();
        hs256.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.ForUser(user));
        Assert.Equal(HttpStatusCode.Unauthorized, (await new GraphQLClient(hs256).SendAsync("{ projects { totalCount } }")).Status);
    }
}
