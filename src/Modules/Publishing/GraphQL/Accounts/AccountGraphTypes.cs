using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Publishing.Accounts;

namespace MediaCreator.Modules.Publishing.GraphQL.Accounts;

internal sealed class PlatformAuthorizationErrorType : ObjectGraphType<PlatformAuthorizationError>
{
    public PlatformAuthorizationErrorType()
    {
        Name = "PlatformAuthorizationError";
        Description = "Platform authorization failed, expired or was revoked.";
        Field(x => x.Message);
        Field<NonNullGraphType<PlatformType>>("platform").Resolve(c => c.Source.Platform);
        Field<IdGraphType>("platformAccountId").Resolve(c => c.Source.PlatformAccountId);
        Field(x => x.Code).Description(
            "STATE_INVALID, STATE_EXPIRED, STATE_USED, REDIRECT_URI_MISMATCH, ACCESS_DENIED, ACCOUNT_NOT_CONNECTED, or the platform's failure (PLATFORM_REJECTED, PLATFORM_AUTH_EXPIRED, ...).");
        Interface<ErrorInterfaceType>();
        IsTypeOf = o => o is PlatformAuthorizationError;
    }
}

internal sealed class BeginPlatformAccountConnectionInputType : InputObjectGraphType
{
    public BeginPlatformAccountConnectionInputType()
    {
        Name = "BeginPlatformAccountConnectionInput";
        Description = "Input of `beginPlatformAccountConnection`.";
        Field<NonNullGraphType<PlatformType>>("platform");
        Field<NonNullGraphType<UrlScalarType>>("redirectUri")
            .Description("Where the platform sends the browser back: the app's page, or this server's `/connect/{platform}/callback`.");
        Field<IdGraphType>("channelId").Description("Assign the connected account to this channel.");
        Field<UrlScalarType>("returnUrl").Description("Where `/connect/{platform}/callback` sends the browser when done (`?status=connected&platformAccountId=` or `?status=error&code=`).");
        Field<JsonScalarType>("settings").Description(
            "Non-secret settings kept with the connection state and applied when it completes (by the callback or by `connectPlatformAccount` "
            + "without settings): FACEBOOK { pageId } chooses the Page when the user manages several. Other platforms take none.");
    }
}

internal sealed class ConnectPlatformAccountInputType : InputObjectGraphType
{
    public ConnectPlatformAccountInputType()
    {
        Name = "ConnectPlatformAccountInput";
        Description = "Input of `connectPlatformAccount`.";
        Field<NonNullGraphType<PlatformType>>("platform");
        Field<StringGraphType>("authorizationCode");
        Field<StringGraphType>("state");
        Field<UrlScalarType>("redirectUri");
        Field<JsonScalarType>("settings").Description(
            "Non-secret settings: RSS_FEED { title, description, author, language, category, explicit, imageUrl, ownerEmail, link, feedId (update) }, "
            + "FOLDER { folder, name }, WEBHOOK { url, name }, FACEBOOK { pageId }.");
        Field<IdGraphType>("channelId").Description("Assign the connected account to this channel.");
        Field<StringGraphType>("secret").Description("Write-only secret, e.g. the WEBHOOK signing secret; stored encrypted, never returned.");
    }
}

internal sealed class DisconnectPlatformAccountInputType : InputObjectGraphType
{
    public DisconnectPlatformAccountInputType()
    {
        Name = "DisconnectPlatformAccountInput";
        Description = "Input of `disconnectPlatformAccount`.";
        Field<NonNullGraphType<IdGraphType>>("platformAccountId");
    }
}

internal sealed class AssignPlatformAccountChannelInputType : InputObjectGraphType
{
    public AssignPlatformAccountChannelInputType()
    {
        Name = "AssignPlatformAccountChannelInput";
        Description = "Input of `assignPlatformAccountChannel`.";
        Field<NonNullGraphType<IdGraphType>>("platformAccountId");
        Field<IdGraphType>("channelId").Description("Null removes the account from its channel.");
    }
}

internal sealed class BeginPlatformAccountConnectionErrorType() : ErrorUnionType("beginPlatformAccountConnection",
    typeof(ValidationErrorType), typeof(ProviderUnavailableErrorType));

internal sealed class ConnectPlatformAccountErrorType() : ErrorUnionType("connectPlatformAccount",
    typeof(ValidationErrorType), typeof(PlatformAuthorizationErrorType), typeof(ConflictErrorType));

internal sealed class DisconnectPlatformAccountErrorType() : ErrorUnionType("disconnectPlatformAccount",
    typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class AssignPlatformAccountChannelErrorType() : ErrorUnionType("assignPlatformAccountChannel",
    typeof(ValidationErrorType), typeof(NotFoundErrorType));

internal sealed class BeginPlatformAccountConnectionPayloadType : ObjectGraphType<MutationPayload>
{
    public BeginPlatformAccountConnectionPayloadType()
    {
        Name = "BeginPlatformAccountConnectionPayload";
        Description = "Payload of `beginPlatformAccountConnection`.";
        Field<UrlScalarType>("authorizationUrl").Description("Consent page; null for platforms without OAuth (RSS_FEED, FOLDER, WEBHOOK).")
            .Resolve(c => (c.Source.Result as BeginConnectionResult)?.AuthorizationUrl);
        Field<StringGraphType>("state").Description("Opaque CSRF state to pass back to connectPlatformAccount.")
            .Resolve(c => (c.Source.Result as BeginConnectionResult)?.State);
        Field<ListGraphType<NonNullGraphType<BeginPlatformAccountConnectionErrorType>>>("errors").Resolve(c => c.Source.Errors);
    }
}

internal sealed class ConnectPlatformAccountPayloadType()
    : PayloadGraphType<PlatformAccountType, ConnectPlatformAccountErrorType>("connectPlatformAccount", "platformAccount");

internal sealed class AssignPlatformAccountChannelPayloadType()
    : PayloadGraphType<PlatformAccountType, AssignPlatformAccountChannelErrorType>("assignPlatformAccountChannel", "platformAccount");

/// <summary>The result of a disconnect the payload shows.</summary>
internal sealed record DisconnectedAccount(string PlatformAccountId, PlatformRevocation Revocation);

internal sealed class DisconnectPlatformAccountPayloadType : ObjectGraphType<MutationPayload>
{
    public DisconnectPlatformAccountPayloadType()
    {
        Name = "DisconnectPlatformAccountPayload";
        Description = "Payload of `disconnectPlatformAccount`.";
        Field<IdGraphType>("disconnectedPlatformAccountId").Resolve(c => (c.Source.Result as DisconnectedAccount)?.PlatformAccountId);
        Field<BooleanGraphType>("revokedAtPlatform").Description(
            "true: the platform confirmed that our access is revoked (or answered that the token was already invalid, expired or revoked). "
            + "false: the account is disconnected here, but the platform did not confirm (see `revokeError`); the owner can remove the app in the platform's own settings. "
            + "null: nothing to revoke (RSS_FEED, FOLDER, WEBHOOK), or the mutation failed.")
            .Resolve(c => (c.Source.Result as DisconnectedAccount)?.Revocation.Revoked);
        Field<StringGraphType>("revokeErrorCode").Description(
            "Why the platform did not confirm, when `revokedAtPlatform` is false: PLATFORM_UNAVAILABLE, PLATFORM_TIMEOUT, PLATFORM_RATE_LIMITED, "
            + "PLATFORM_REJECTED, PLATFORM_NOT_CONFIGURED, PLATFORM_UNSUPPORTED, PLATFORM_AUTH_EXPIRED (credentials unreadable) or ACCOUNT_NOT_CONNECTED (no credentials were stored).")
            .Resolve(c => (c.Source.Result as DisconnectedAccount)?.Revocation.ErrorCode);
        Field<StringGraphType>("revokeError").Description("The reason in words, when `revokedAtPlatform` is false. Never contains a token.")
            .Resolve(c => (c.Source.Result as DisconnectedAccount)?.Revocation.Error);
        Field<ListGraphType<NonNullGraphType<DisconnectPlatformAccountErrorType>>>("errors").Resolve(c => c.Source.Errors);
    }
}
