using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MediaCreator.Api.Tests.Infrastructure;

/// <summary>Mints tokens shaped like Supabase's: HS256, <c>sub</c> = user UUID, <c>aud</c> = authenticated.</summary>
public static class Tokens
{
    public static string ForUser(Guid userId, string secret = ApiFactory.JwtSecret, string audience = "authenticated", TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", userId.ToString()), new Claim("role", "authenticated"), new Claim("email", $"{userId:N}@example.test")]),
            Audience = audience,
            Issuer = "https://example.supabase.co/auth/v1",
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });
    }
}
