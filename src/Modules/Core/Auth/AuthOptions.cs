namespace MediaCreator.Modules.Core.Auth;

/// <summary>Bound from the <c>Auth</c> section.</summary>
public sealed class AuthOptions
{
    /// <summary>HS256 shared secret (e.g. the Supabase project's JWT secret). Used when no <see cref="Authority"/> is set.</summary>
    public string? JwtSecret { get; set; }

    /// <summary>OIDC authority whose discovery document and JWKS validate RS256/ES256 tokens (e.g. <c>https://ref.supabase.co/auth/v1</c>).</summary>
    public string? Authority { get; set; }

    /// <summary>Expected <c>iss</c>; not checked when empty.</summary>
    public string? Issuer { get; set; }

    /// <summary>Expected <c>aud</c> (Supabase: <c>authenticated</c>); not checked when empty.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// Requests without credentials act as <see cref="LocalOwnerId"/>. Defaults to true in Development only;
    /// elsewhere they are refused.
    /// </summary>
    public bool? AllowAnonymousLocalOwner { get; set; }

    public Guid LocalOwnerId { get; set; } = new("00000000-0000-0000-0000-000000000001");
}
