using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>Platform authorization failed, expired or was revoked (a state that does not match, a code the platform refused).</summary>
/// <param name="Platform">The GraphQL enum name, e.g. YOUTUBE.</param>
/// <param name="Code">STATE_INVALID, STATE_EXPIRED, STATE_USED, REDIRECT_URI_MISMATCH, ACCESS_DENIED, ACCOUNT_NOT_CONNECTED or a PLATFORM_* code.</param>
public sealed record PlatformAuthorizationError(string Message, string Platform, string Code, string? PlatformAccountId = null) : IMutationError;

/// <summary>The codes of <see cref="PlatformAuthorizationError"/> this module sets itself (platform failures keep their PLATFORM_* code).</summary>
public static class AccountErrorCodes
{
    public const string StateInvalid = "STATE_INVALID";
    public const string StateExpired = "STATE_EXPIRED";
    public const string StateUsed = "STATE_USED";
    public const string RedirectUriMismatch = "REDIRECT_URI_MISMATCH";
    public const string AccessDenied = "ACCESS_DENIED";

    /// <summary>The account is EXPIRED, REVOKED, in ERROR or gone: it must be connected again before it can publish.</summary>
    public const string AccountNotConnected = "ACCOUNT_NOT_CONNECTED";
}

/// <summary>What a connection use case returns: the account, or the expected failure that prevented it.</summary>
public sealed record AccountOutcome(PlatformAccount? Account, IMutationError? Error)
{
    public static AccountOutcome Ok(PlatformAccount account) => new(account, null);

    public static AccountOutcome Fail(IMutationError error) => new(null, error);
}
