using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace MediaCreator.Modules.Core.Auth;

internal static class AuthRegistration
{
    public const string DefaultScheme = "MediaCreator";

    public static IHostApplicationBuilder AddMediaCreatorAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration("Auth")
            .PostConfigure<IHostEnvironment>((o, env) => o.AllowAnonymousLocalOwner ??= env.IsDevelopment());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<AuthOptions>>().Value);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ApiKeyService>();
        builder.Services.AddScoped<OwnerResolver>();
        builder.Services.AddScoped<TokenValidator>();
        builder.Services.AddSingleton<KnownOwners>();

        builder.Services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, "API key or JWT", o => o.ForwardDefaultSelector = ctx =>
                CredentialReader.ReadApiKey(ctx.Request.Headers) is not null
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((o, auth) => ConfigureJwt(o, auth.Value));
        builder.Services.AddAuthorization();
        return builder;
    }

    private static void ConfigureJwt(JwtBearerOptions o, AuthOptions auth)
    {
        o.MapInboundClaims = false;
        o.RequireHttpsMetadata = false;
        var parameters = new TokenValidationParameters
        {
            NameClaimType = PrincipalFactory.SubjectClaim,
            ValidateIssuer = !string.IsNullOrEmpty(auth.Issuer),
            ValidIssuer = auth.Issuer,
            ValidateAudience = !string.IsNullOrEmpty(auth.Audience),
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        if (!string.IsNullOrEmpty(auth.Authority))
        {
            o.Authority = auth.Authority;
        }
        else if (!string.IsNullOrEmpty(auth.JwtSecret))
        {
            parameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth.JwtSecret));
            parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
        else
        {
            // No signing key configured: no JWT can validate, only API keys (and the local owner in Development).
            parameters.SignatureValidator = (_, _) => throw new SecurityTokenSignatureKeyNotFoundException("No JWT signing key is configured (Auth:JwtSecret or Auth:Authority).");
        }
        o.TokenValidationParameters = parameters;
    }
}
