using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MediaCreator.Api.Tests.Infrastructure;

/// <summary>
/// An OIDC issuer on loopback (discovery document + JWKS), signing like Supabase's asymmetric JWT keys (RS256 or ES256).
/// </summary>
public sealed class LocalOidcIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SecurityKey _key;
    private readonly string _algorithm;

    private LocalOidcIssuer(WebApplication app, SecurityKey key, string algorithm)
    {
        _app = app;
        _key = key;
        _algorithm = algorithm;
    }

    public string Issuer { get; private set; } = "";

    public static async Task<LocalOidcIssuer> StartAsync(string algorithm)
    {
        SecurityKey key = algorithm == SecurityAlgorithms.EcdsaSha256
            ? new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "ec-key" }
            : new RsaSecurityKey(RSA.Create(2048)) { KeyId = "rsa-key" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new LocalOidcIssuer(app, key, algorithm);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Issuer,
            ["jwks_uri"] = issuer.Issuer + "/.well-known/jwks.json",
            ["id_token_signing_alg_values_supported"] = new[] { algorithm },
        }));
        app.MapGet("/.well-known/jwks.json", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[] { PublicJwk(key, algorithm) },
        }));
        await app.StartAsync();
        issuer.Issuer = app.Urls.Single().TrimEnd('/');
        return issuer;
    }

    public string TokenFor(Guid userId, string audience = "authenticated") => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Subject = new ClaimsIdentity([new Claim("sub", userId.ToString()), new Claim("role", "authenticated")]),
        Issuer = Issuer,
        Audience = audience,
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(_key, _algorithm),
    });

    private static Dictionary<string, object> PublicJwk(SecurityKey key, string algorithm)
    {
        var jwk = JsonWebKeyConverter.ConvertFromSecurityKey(key);
        var result = new Dictionary<string, object> { ["kty"] = jwk.Kty, ["kid"] = jwk.Kid, ["use"] = "sig", ["alg"] = algorithm };
        if (jwk.Kty == "RSA")
        {
            result["n"] = jwk.N;
            result["e"] = jwk.E;
        }
        else
        {
            result["crv"] = jwk.Crv;
            result["x"] = jwk.X;
            result["y"] = jwk.Y;
        }
        return result;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
