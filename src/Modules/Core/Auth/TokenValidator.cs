using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>
/// Validates a credential found outside HTTP headers (the WebSocket <c>connection_init</c> payload) with the
/// same rules as the HTTP schemes.
/// </summary>
public sealed class TokenValidator(IOptionsMonitor<JwtBearerOptions> jwtOptions, ApiKeyService apiKeys)
{
    public async Task<ClaimsPrincipal?> ValidateAsync(string credential, CancellationToken ct)
    {
        if (ApiKeyService.LooksLikeApiKey(credential))
        {
            var key = await apiKeys.ValidateAsync(credential, ct);
            return key is null ? null : PrincipalFactory.ForApiKey(key, ApiKeyAuthenticationHandler.SchemeName);
        }
        var options = jwtOptions.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            var config = await manager.GetConfigurationAsync(ct);
            parameters.IssuerSigningKeys = config.SigningKeys;
            parameters.ValidIssuers ??= [config.Issuer];
        }
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(credential, parameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }
}
