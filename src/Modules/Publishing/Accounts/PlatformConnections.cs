using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>Builds the <see cref="PlatformConnection"/> a publisher acts with for a stored account.</summary>
public interface IPlatformConnectionFactory
{
    /// <summary>
    /// The account's connection: its external id and a token source over its encrypted credentials, which refreshes
    /// OAuth tokens (and stores the new ones) when they expired. A revoked account is <see cref="PublishingErrorCodes.AuthExpired"/>.
    /// </summary>
    PlatformConnection Connect(PlatformAccount account);

    /// <summary>The publisher of the account's platform, or <see cref="PublishingErrorCodes.NotConfigured"/>.</summary>
    IPlatformPublisher PublisherFor(string platform);
}

internal sealed class PlatformConnectionFactory(IServiceScopeFactory scopes, IEnumerable<IPlatformPublisher> publishers,
    PlatformCredentialProtector protector, TimeProvider clock, ILogger<PlatformConnectionFactory> logger) : IPlatformConnectionFactory
{
    public PlatformConnection Connect(PlatformAccount account)
    {
        if (account.ConnectionStatus == PlatformConnectionStatus.Revoked)
        {
            throw new PublishingException(PublishingErrorCodes.AuthExpired, $"The {account.Platform} account '{account.Name}' was disconnected; connect it again.");
        }
        return new PlatformConnection(account.ExternalId, new AccountTokenSource(account.Id, account.Platform, scopes, protector, clock, logger));
    }

    public IPlatformPublisher PublisherFor(string platform) =>
        publishers.FirstOrDefault(p => p.Platform == platform)
        ?? throw new PublishingException(PublishingErrorCodes.NotConfigured, $"No publisher is registered for platform '{platform}'.");
}

/// <summary>
/// The tokens of one stored account. Reads the row afresh (another process may have refreshed meanwhile), refreshes an
/// access token that expires within a minute, and on <see cref="RefreshAsync"/> exchanges the refresh token through the
/// platform's <see cref="IOAuthPlatform"/> and stores the result; a refused refresh marks the account EXPIRED with the reason.
/// </summary>
internal sealed class AccountTokenSource(Guid accountId, string platform, IServiceScopeFactory scopes, PlatformCredentialProtector protector,
    TimeProvider clock, ILogger logger) : IPlatformTokenSource
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    public async Task<string> GetAccessTokenAsync(CancellationToken ct)
    {
        var credentials = await ReadAsync(ct);
        if (credentials.AccessToken is null) return credentials.Secret ?? throw NoCredentials();
        if (credentials.AccessTokenExpiresAt is { } expires && expires - Skew <= clock.GetUtcNow() && credentials.RefreshToken is not null)
        {
            return await RefreshAsync(ct);
        }
        return credentials.AccessToken;
    }

    public async Task<string> RefreshAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        var account = await db.PlatformAccounts.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.Id == accountId, ct) ?? throw Gone();
        var credentials = Read(account);
        if (credentials.RefreshToken is null)
        {
            throw await MarkAsync(db, account, PlatformConnectionStatus.Expired, "The access token expired and the platform gave no refresh token; reconnect the account.", ct);
        }
        var oauth = scope.ServiceProvider.GetServices<IOAuthPlatform>().FirstOrDefault(o => o.Platform == platform)
            ?? throw new PublishingException(PublishingErrorCodes.NotConfigured, $"No OAuth client is registered for platform '{platform}'.");
        OAuthTokens tokens;
        try
        {
            tokens = await oauth.RefreshAsync(credentials.RefreshToken, ct);
        }
        catch (PublishingException e) when (e.Code is PublishingErrorCodes.AuthExpired or PublishingErrorCodes.Rejected)
        {
            throw await MarkAsync(db, account, PlatformConnectionStatus.Expired, $"The platform refused to refresh the token: {e.Message}", ct);
        }
        account.ProtectedAuthConfig = protector.Protect(PlatformCredentials.From(tokens, credentials.RefreshToken) with { UserAccessToken = credentials.UserAccessToken });
        account.ConnectionStatus = PlatformConnectionStatus.Connected;
        account.ConnectionError = null;
        if (tokens.RefreshToken is null && credentials.RefreshToken is null) account.CredentialsExpireAt = tokens.ExpiresAt.UtcDateTime;
        account.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Refreshed the {Platform} token of account {AccountId}", platform, accountId);
        return tokens.AccessToken;
    }

    private async Task<PlatformCredentials> ReadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        var account = await db.PlatformAccounts.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct) ?? throw Gone();
        return Read(account);
    }

    private PlatformCredentials Read(PlatformAccount account)
    {
        if (account.ConnectionStatus == PlatformConnectionStatus.Revoked) throw Gone();
        return account.ProtectedAuthConfig is { } text ? protector.Unprotect(text) : throw NoCredentials();
    }

    private async Task<PublishingException> MarkAsync(PublishingDbContext db, PlatformAccount account, PlatformConnectionStatus status, string reason,
        CancellationToken ct)
    {
        account.ConnectionStatus = status;
        account.ConnectionError = reason;
        account.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new PublishingException(PublishingErrorCodes.AuthExpired, reason);
    }

    private PublishingException Gone() =>
        new(PublishingErrorCodes.AuthExpired, $"The {platform} account was disconnected; connect it again.");

    private PublishingException NoCredentials() =>
        new(PublishingErrorCodes.NotConfigured, $"The {platform} account has no stored credentials; connect it again.");
}
