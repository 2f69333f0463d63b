using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>What disconnecting told the platform.</summary>
/// <param name="Revoked">
/// true: the platform confirmed the revocation (or answered that the token was already invalid, expired or revoked);
/// false: not confirmed, see <paramref name="ErrorCode"/> and <paramref name="Error"/>; null: the account kind holds no
/// platform grant (RSS_FEED, FOLDER, WEBHOOK).
/// </param>
public sealed record PlatformRevocation(bool? Revoked, string? ErrorCode = null, string? Error = null)
{
    public static readonly PlatformRevocation NothingToRevoke = new(Revoked: null);
    public static readonly PlatformRevocation Confirmed = new(true);

    public static PlatformRevocation NotConfirmed(string code, string error) => new(false, code, error);
}

/// <summary>
/// Revokes the OAuth grant of an account at its platform before we forget the credentials: decrypts them, calls the
/// platform's <see cref="IOAuthPlatform.RevokeAsync"/> once within <see cref="PlatformAccountOptions.RevokeTimeout"/>, and reports the outcome
/// instead of throwing, so a platform that is down never keeps an owner connected. Tokens never reach the result or logs.
/// </summary>
public sealed class PlatformGrantRevoker(IEnumerable<IOAuthPlatform> platforms, PlatformCredentialProtector protector, IOptions<PlatformAccountOptions> options,
    ILogger<PlatformGrantRevoker> logger)
{
    private TimeSpan Timeout => options.Value.RevokeTimeout;

    public async Task<PlatformRevocation> RevokeAsync(PlatformAccount account, CancellationToken ct)
    {
        if (!OAuthConnectionHandler.UsesOAuth(account.Platform)) return PlatformRevocation.NothingToRevoke;
        if (account.ProtectedAuthConfig is not { } stored)
        {
            return PlatformRevocation.NotConfirmed(AccountErrorCodes.AccountNotConnected,
                "No credentials are stored for this account (it was disconnected before), so nothing could be revoked at the platform.");
        }
        var oauth = platforms.FirstOrDefault(p => p.Platform == account.Platform);
        if (oauth is null)
        {
            return PlatformRevocation.NotConfirmed(PublishingErrorCodes.NotConfigured,
                $"No OAuth client is configured for {account.Platform}, so the grant could not be revoked at the platform.");
        }
        PlatformCredentials credentials;
        try
        {
            credentials = protector.Unprotect(stored);
        }
        catch (PublishingException e)
        {
            return PlatformRevocation.NotConfirmed(e.Code, e.Message);
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(Timeout);
        try
        {
            await oauth.RevokeAsync(credentials.Grant, bounded.Token);
            logger.LogInformation("Revoked the {Platform} grant of account {AccountId} at the platform", account.Platform, account.Id);
            return PlatformRevocation.Confirmed;
        }
        catch (PublishingException e)
        {
            logger.LogWarning("The {Platform} grant of account {AccountId} was not revoked at the platform: {Code}", account.Platform, account.Id, e.Code);
            return PlatformRevocation.NotConfirmed(e.Code, Scrub(e.Message, credentials));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("The {Platform} revocation of account {AccountId} timed out", account.Platform, account.Id);
            return PlatformRevocation.NotConfirmed(PublishingErrorCodes.Timeout,
                $"{account.Platform} did not confirm the revocation within {Timeout.TotalSeconds:0.#} seconds.");
        }
    }

    // A platform could echo what it was sent; no token may reach the payload.
    private static string Scrub(string message, PlatformCredentials credentials) =>
        new[] { credentials.AccessToken, credentials.RefreshToken, credentials.UserAccessToken, credentials.Secret }
            .Where(t => !string.IsNullOrEmpty(t))
            .Aggregate(message, (m, token) => m.Replace(token!, "[redacted]", StringComparison.Ordinal));
}
