using System.Security.Claims;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>Claims shapes the rest of the server reads: <c>sub</c> = owner id, <c>scope</c> = granted scopes.</summary>
public static class PrincipalFactory
{
    public const string SubjectClaim = "sub";
    public const string ScopeClaim = "scope";
    public const string ApiKeyModuleClaim = "mc_module";

    public static ClaimsPrincipal ForApiKey(ApiKey key, string scheme)
    {
        var claims = new List<Claim> { new(SubjectClaim, key.OwnerId.ToString()), new("mc_api_key", key.Id.ToString()) };
        claims.AddRange(key.Scopes.Select(s => new Claim(ScopeClaim, s)));
        if (key.ModuleName is { } module) claims.Add(new Claim(ApiKeyModuleClaim, module));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, SubjectClaim, null));
    }

    /// <summary>The owner id (<c>sub</c>, a UUID as issued by Supabase) of an authenticated principal, or null.</summary>
    public static Guid? OwnerIdOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        var sub = user.FindFirst(SubjectClaim)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return Guid.TryParse(sub, out var id) ? id : null;
    }

    public static string? ModuleOf(ClaimsPrincipal user) => user.FindFirst(ApiKeyModuleClaim)?.Value;

    /// <summary>API keys carry their scopes; a user token (JWT) grants everything.</summary>
    public static IReadOnlyList<string> ScopesOf(ClaimsPrincipal user) =>
        user.HasClaim(c => c.Type == "mc_api_key")
            ? user.FindAll(ScopeClaim).Select(c => c.Value).ToList()
            : [ApiKeyScopes.Full];
}
