using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Tests.Accounts;

/// <summary>PlatformGrantRevoker: the bound on the platform's time, and what reaches the payload.</summary>
public sealed class PlatformGrantRevokerTests
{
    private const string Access = "ya29.secret-access";
    private const string Refresh = "1//secret-refresh";
    private readonly PlatformCredentialProtector _protector = new(new EphemeralDataProtectionProvider());

    private PlatformGrantRevoker Revoker(IOAuthPlatform platform, TimeSpan? timeout = null) =>
        new([platform], _protector, Options.Create(new PlatformAccountOptions { RevokeTimeout = timeout ?? TimeSpan.FromSeconds(5) }),
            NullLogger<PlatformGrantRevoker>.Instance);

    private PlatformAccount Account(string platform = "youtube", bool withCredentials = true) => new()
    {
        Platform = platform, ExternalId = "ext-1", Name = "Account",
        ProtectedAuthConfig = withCredentials ? _protector.Protect(new PlatformCredentials(Access, Refresh, DateTimeOffset.UtcNow.AddHours(1))) : null,
    };

    [Fact]
    public async Task ThePlatformReceivesTheDecryptedGrant_AndAConfirmationIsRevoked()
    {
        var platform = new ScriptedPlatform(_ => Task.CompletedTask);

        var result = await Revoker(platform).RevokeAsync(Account(), CancellationToken.None);

        Assert.Equal(PlatformRevocation.Confirmed, result);
        Assert.Equal((Access, Refresh), (platform.Received!.AccessToken, platform.Received.RefreshToken));
    }

    [Fact]
    public async Task APlatformThatNeverAnswers_IsCutOffAtTheTimeout()
    {
        var platform = new ScriptedPlatform(ct => Task.Delay(Timeout.Infinite, ct));
        var started = DateTime.UtcNow;

        var result = await Revoker(platform, TimeSpan.FromMilliseconds(200)).RevokeAsync(Account(), CancellationToken.None);

        Assert.Equal((false, PublishingErrorCodes.Timeout), (result.Revoked, result.ErrorCode));
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task APlatformEchoingTheToken_NeverGetsItIntoTheResult()
    {
        var platform = new ScriptedPlatform(_ => throw new PublishingException(PublishingErrorCodes.Rejected, $"bad token {Refresh} / {Access}"));

        var result = await Revoker(platform).RevokeAsync(Account(), CancellationToken.None);

        Assert.Equal((false, PublishingErrorCodes.Rejected), (result.Revoked, result.ErrorCode));
        Assert.DoesNotContain(Refresh, result.Error);
        Assert.DoesNotContain(Access, result.Error);
        Assert.Contains("[redacted]", result.Error);
    }

    [Fact]
    public async Task OfflineAccounts_HaveNothingToRevoke_AndAnAccountWithoutCredentials_IsNotConfirmed()
    {
        var platform = new ScriptedPlatform(_ => Task.CompletedTask);

        var offline = await Revoker(platform).RevokeAsync(Account("webhook"), CancellationToken.None);
        var empty = await Revoker(platform).RevokeAsync(Account(withCredentials: false), CancellationToken.None);

        Assert.Equal(PlatformRevocation.NothingToRevoke, offline);
        Assert.Equal((false, AccountErrorCodes.AccountNotConnected), (empty.Revoked, empty.ErrorCode));
        Assert.Null(platform.Received);
    }

    private sealed class ScriptedPlatform(Func<CancellationToken, Task> revoke) : IOAuthPlatform
    {
        public OAuthGrant? Received { get; private set; }

        public string Platform => "youtube";

        public Task RevokeAsync(OAuthGrant grant, CancellationToken ct)
        {
            Received = grant;
            return revoke(ct);
        }

        public Uri BuildAuthorizationUrl(Uri redirectUri, string state, string codeChallenge) => throw new NotSupportedException();

        public Task<OAuthTokens> ExchangeCodeAsync(string code, Uri redirectUri, string codeVerifier, CancellationToken ct) => throw new NotSupportedException();

        public Task<OAuthTokens> RefreshAsync(string refreshToken, CancellationToken ct) => throw new NotSupportedException();

        public Task<PlatformAccountInfo> GetAccountAsync(string accessToken, CancellationToken ct) => throw new NotSupportedException();
    }
}
