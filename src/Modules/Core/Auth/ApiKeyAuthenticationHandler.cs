using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>Authenticates <c>X-Api-Key: mc_…</c> or <c>Authorization: Bearer mc_…</c>.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var clear = CredentialReader.ReadApiKey(Request.Headers);
        if (clear is null) return AuthenticateResult.NoResult();
        var key = await keys.ValidateAsync(clear, Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("Invalid or revoked API key.");
        return AuthenticateResult.Success(new AuthenticationTicket(PrincipalFactory.ForApiKey(key, SchemeName), SchemeName));
    }
}
