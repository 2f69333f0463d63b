using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.Facebook;
using MediaCreator.Modules.Publishing.Platforms.OAuth;
using MediaCreator.Modules.Publishing.Platforms.TikTok;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <param name="AuthorizationUrl">The consent page; null for platforms without OAuth.</param>
public sealed record BeginConnectionResult(Uri? AuthorizationUrl, string? State, IMutationError? Error = null);

/// <summary>
/// The OAuth connection of YouTube, TikTok and Facebook accounts. <see cref="BeginAsync"/> keeps the state (only its
/// SHA-256) and the protected PKCE verifier in <c>oauth_connection_states</c> for ten minutes, so any API instance can
/// complete it; <see cref="CompleteAsync"/> uses a state once, exchanges the code and stores the account with its
/// credentials encrypted.
/// </summary>
public sealed class OAuthConnectionHandler(PublishingDbContext db, IEnumerable<IOAuthPlatform> platforms, PlatformCredentialProtector protector,
    TimeProvider clock)
{
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);
    private const string VerifierPurpose = "oauth.pkce-verifier";

    public static bool UsesOAuth(string platform) => platform is "youtube" or "tiktok" or "facebook";

    public async Task<BeginConnectionResult> BeginAsync(Guid owner, string platform, Uri redirectUri, Guid? channelId, Uri? returnUrl,
        JsonElement? settings, CancellationToken ct)
    {
        if (!IsWebUrl(redirectUri))
            return Failed(new ValidationError("The redirect URI must be an absolute http(s) URL.", "input.redirectUri", "INVALID_FORMAT"));
        if (returnUrl is not null && !IsWebUrl(returnUrl))
            return Failed(new ValidationError("The return URL must be an absolute http(s) URL.", "input.returnUrl", "INVALID_FORMAT"));
        if (channelId is { } channel && !await db.Channels.AnyAsync(c => c.Id == channel, ct))
            return Failed(new ValidationError("The channel was not found.", "input.channelId", "NOT_FOUND"));
        var (settingsJson, badSettings) = OAuthConnectionSettings.Validate(platform, settings);
        if (badSettings is not null) return Failed(badSettings);
        if (!UsesOAuth(platform)) return new BeginConnectionResult(null, null);
        var oauth = platforms.FirstOrDefault(p => p.Platform == platform);
        if (oauth is null) return Failed(NotConfigured(platform));

        var verifier = platform == "tiktok" ? TikTokPkce.CreateVerifier() : Pkce.CreateVerifier();
        // TikTok wants the S256 challenge hex-encoded, the others base64url (RFC 7636).
        var challenge = platform == "tiktok" ? TikTokPkce.Challenge(verifier) : Pkce.ChallengeS256(verifier);
        var state = OAuthState.Create();
        Uri url;
        try
        {
            url = oauth.BuildAuthorizationUrl(redirectUri, state, challenge);
        }
        catch (PublishingException e) when (e.Code == PublishingErrorCodes.NotConfigured)
        {
            return Failed(NotConfigured(platform));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // The caller's states that ended long ago are of no use any more (a replay of them fails as STATE_INVALID).
        var stale = now - TimeSpan.FromDays(1);
        await db.OAuthStates.Where(s => s.ExpiresAt < stale).ExecuteDeleteAsync(ct);
        db.OAuthStates.Add(new OAuthConnectionState
        {
            OwnerId = owner, Platform = platform, StateHash = Hash(state), ProtectedCodeVerifier = protector.ProtectValue(VerifierPurpose, verifier),
            RedirectUri = redirectUri.ToString(), ReturnUrl = returnUrl?.ToString(), ChannelId = channelId, SettingsJson = settingsJson, CreatedAt = now,
            ExpiresAt = now + StateLifetime,
        });
        await db.SaveChangesAsync(ct);
        return new BeginConnectionResult(url, state);
    }

    /// <summary>
    /// Completes a connection the caller began: the state must be the caller's, of this platform, unexpired and unused
    /// (it is marked used atomically, so a replay fails), and <paramref name="redirectUri"/> the one it began with
    /// (null: the stored one, for the server's own callback). <paramref name="settings"/> null: those given when it began.
    /// </summary>
    public async Task<AccountOutcome> CompleteAsync(string platform, string code, string state, Uri? redirectUri, JsonElement? settings,
        CancellationToken ct)
    {
        var name = platform.ToUpperInvariant();
        var hash = Hash(state);
        var row = await db.OAuthStates.FirstOrDefaultAsync(s => s.StateHash == hash, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (row is null || row.Platform != platform)
            return Denied(name, AccountErrorCodes.StateInvalid, "The connection state is unknown; begin the connection again.");
        if (row.ConsumedAt is not null)
            return Denied(name, AccountErrorCodes.StateUsed, "This connection state was already used; begin the connection again.");
        if (row.ExpiresAt <= now)
            return Denied(name, AccountErrorCodes.StateExpired, "The connection state expired; begin the connection again.");
        if (redirectUri is not null && redirectUri.ToString() != row.RedirectUri)
            return Denied(name, AccountErrorCodes.RedirectUriMismatch, "The redirect URI differs from the one the connection began with.");
        if (await db.OAuthStates.Where(s => s.Id == row.Id && s.ConsumedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsumedAt, now), ct) == 0)
            return Denied(name, AccountErrorCodes.StateUsed, "This connection state was already used; begin the connection again.");

        var oauth = platforms.FirstOrDefault(p => p.Platform == platform);
        if (oauth is null) return Denied(name, PublishingErrorCodes.NotConfigured, NotConfigured(platform).Message);
        try
        {
            var verifier = protector.UnprotectValue(VerifierPurpose, row.ProtectedCodeVerifier!);
            var tokens = await oauth.ExchangeCodeAsync(code, new Uri(row.RedirectUri), verifier, ct);
            return oauth is FacebookOAuth facebook
                ? await SaveFacebookPageAsync(row, facebook, tokens, settings ?? OAuthConnectionSettings.Read(row.SettingsJson), now, ct)
                : AccountOutcome.Ok(await SaveAsync(row, await oauth.GetAccountAsync(tokens.AccessToken, ct), PlatformCredentials.From(tokens),
                    tokens, CredentialsExpiry(tokens), now, ct));
        }
        catch (PublishingException e)
        {
            return Denied(name, e.Code, e.Message);
        }
        catch (CryptographicException)
        {
            return Denied(name, AccountErrorCodes.StateInvalid, "The connection state cannot be read (the key ring changed); begin the connection again.");
        }
    }

    /// <summary>Marks a state used when the platform sent the browser back with an error instead of a code.</summary>
    public async Task<bool> AbandonAsync(string state, CancellationToken ct)
    {
        var hash = Hash(state);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.OAuthStates.Where(s => s.StateHash == hash && s.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsumedAt, now), ct) > 0;
    }

    /// <summary>Facebook publishes as a page: the page token is stored (from a long-lived user token it does not expire).</summary>
    private async Task<AccountOutcome> SaveFacebookPageAsync(OAuthConnectionState row, FacebookOAuth facebook, OAuthTokens tokens,
        JsonElement? settings, DateTime now, CancellationToken ct)
    {
        var pages = await facebook.GetPagesAsync(tokens.AccessToken, ct);
        if (pages.Count == 0)
            return Denied("FACEBOOK", PublishingErrorCodes.Rejected, "This Facebook user manages no page; videos are published to pages.");
        var pageId = settings is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("pageId", out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()
            : null;
        var listed = string.Join(", ", pages.Select(x => $"{x.Id} ({x.Name})"));
        var page = pageId is not null ? pages.FirstOrDefault(x => x.Id == pageId) : pages.Count == 1 ? pages[0] : null;
        if (page is null)
        {
            return AccountOutcome.Fail(pageId is null
                ? new ValidationError($"This Facebook user manages several pages; begin again and choose one with settings.pageId: {listed}.",
                    "input.settings.pageId", "REQUIRED")
                : new ValidationError($"This Facebook user does not manage page '{pageId}'; the pages are: {listed}.", "input.settings.pageId", "NOT_FOUND"));
        }
        var credentials = new PlatformCredentials(page.AccessToken, null, null, UserAccessToken: tokens.AccessToken);
        return AccountOutcome.Ok(await SaveAsync(row, new PlatformAccountInfo(page.Id, page.Name, page.Username), credentials, tokens, null, now, ct));
    }

    private async Task<PlatformAccount> SaveAsync(OAuthConnectionState row, PlatformAccountInfo info, PlatformCredentials credentials,
        OAuthTokens tokens, DateTime? credentialsExpireAt, DateTime now, CancellationToken ct) =>
        await AccountUpsert.SaveAsync(db, row.OwnerId, row.Platform, info.ExternalId, account =>
        {
            account.Name = string.IsNullOrWhiteSpace(info.Name) ? info.ExternalId : info.Name;
            account.Handle = info.Handle;
            account.ProtectedAuthConfig = protector.Protect(credentials);
            account.Scopes = string.Join(' ', tokens.Scopes);
            account.CredentialsExpireAt = credentialsExpireAt;
            if (row.ChannelId is { } channel) account.ChannelId = channel;
        }, now, ct);

    /// <summary>With a refresh token the connection lasts until it is revoked; without one, until the access token expires.</summary>
    private static DateTime? CredentialsExpiry(OAuthTokens tokens) =>
        tokens.RefreshToken is null && tokens.ExpiresAt != DateTimeOffset.MaxValue ? tokens.ExpiresAt.UtcDateTime : null;

    internal static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    private static bool IsWebUrl(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static BeginConnectionResult Failed(IMutationError error) => new(null, null, error);

    private static AccountOutcome Denied(string platform, string code, string message) =>
        AccountOutcome.Fail(new PlatformAuthorizationError(message, platform, code));

    private static ProviderUnavailableError NotConfigured(string platform) =>
        new($"{platform} accounts cannot be connected: the server has no OAuth client id and secret configured for {platform}.", platform, "oauth");
}
