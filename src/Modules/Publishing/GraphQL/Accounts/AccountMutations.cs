using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Accounts;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Accounts;

/// <summary>Platform account connection: begin (OAuth consent URL), connect (code or settings), disconnect, assign to a channel.</summary>
internal sealed class AccountMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<BeginPlatformAccountConnectionPayloadType>>("beginPlatformAccountConnection")
            .Description("Starts the OAuth connection of a platform account; returns the consent URL.")
            .Argument<NonNullGraphType<BeginPlatformAccountConnectionInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var owner = c.Owner().RequireOwner();
                var (channelId, badChannel) = Channel(input);
                if (badChannel is not null) return MutationPayload.Fail(badChannel);
                var result = await c.Service<OAuthConnectionHandler>().BeginAsync(owner, PlatformNames.ToKey((string)input["platform"]!),
                    (Uri)input["redirectUri"]!, channelId, input.GetValueOrDefault("returnUrl") as Uri, input.GetValueOrDefault("settings") as JsonElement?,
                    c.CancellationToken);
                return result.Error is { } error ? MutationPayload.Fail(error) : MutationPayload.Ok(result);
            });
        root.Field<NonNullGraphType<ConnectPlatformAccountPayloadType>>("connectPlatformAccount")
            .Description("Completes a platform connection (OAuth code, or settings for rss-feed) and stores encrypted credentials server-side.")
            .Argument<NonNullGraphType<ConnectPlatformAccountInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var owner = c.Owner().RequireOwner();
                var platform = PlatformNames.ToKey((string)input["platform"]!);
                var (channelId, badChannel) = Channel(input);
                if (badChannel is not null) return MutationPayload.Fail(badChannel);
                if (channelId is { } channel && !await c.Db().Channels.AnyAsync(x => x.Id == channel, c.CancellationToken))
                    return MutationPayload.Fail(new ValidationError("The channel was not found.", "input.channelId", "NOT_FOUND"));
                var settings = input.GetValueOrDefault("settings") as JsonElement?;
                AccountOutcome outcome;
                if (OAuthConnectionHandler.UsesOAuth(platform))
                {
                    if ((Missing(input, "authorizationCode") ?? Missing(input, "state") ?? Missing(input, "redirectUri")) is { } missing)
                        return MutationPayload.Fail(missing);
                    outcome = await c.Service<OAuthConnectionHandler>().CompleteAsync(platform, (string)input["authorizationCode"]!,
                        (string)input["state"]!, (Uri)input["redirectUri"]!, settings, c.CancellationToken);
                    if (outcome.Account is { } account && channelId is not null)
                        outcome = await c.Service<AccountMaintenanceHandler>().AssignChannelAsync(account.Id, "", channelId, null, c.CancellationToken);
                }
                else
                {
                    outcome = await c.Service<OfflineAccountHandler>().ConnectAsync(owner, platform, settings,
                        input.GetValueOrDefault("secret") as string, channelId, c.CancellationToken);
                }
                return outcome.Error is { } error ? MutationPayload.Fail(error) : MutationPayload.Ok(outcome.Account);
            });
        root.Field<NonNullGraphType<DisconnectPlatformAccountPayloadType>>("disconnectPlatformAccount")
            .Description("Revokes the account's access at its platform, then removes it here (kept REVOKED, without credentials, while publications reference it); `revokedAtPlatform` says whether the platform confirmed.")
            .Argument<NonNullGraphType<DisconnectPlatformAccountInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                c.Owner().RequireOwner();
                var globalId = input["platformAccountId"] as string;
                if (InputRules.Decode("PlatformAccount", globalId) is not { } id) return MutationPayload.Fail(NotFoundError.For("PlatformAccount", globalId));
                var outcome = await c.Service<AccountMaintenanceHandler>().DisconnectAsync(id, globalId!, c.CancellationToken);
                return outcome.Error is { } error
                    ? MutationPayload.Fail(error)
                    : MutationPayload.Ok(new DisconnectedAccount(GlobalId.Encode("PlatformAccount", id), outcome.Revocation!));
            });
        root.Field<NonNullGraphType<AssignPlatformAccountChannelPayloadType>>("assignPlatformAccountChannel")
            .Description("Assigns a platform account to a content channel (`ContentChannel.platformAccounts`); a null channelId unassigns it.")
            .Argument<NonNullGraphType<AssignPlatformAccountChannelInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                c.Owner().RequireOwner();
                var globalId = input["platformAccountId"] as string;
                if (InputRules.Decode("PlatformAccount", globalId) is not { } id) return MutationPayload.Fail(NotFoundError.For("PlatformAccount", globalId));
                var channelGlobalId = input.GetValueOrDefault("channelId") as string;
                Guid? channelId = null;
                if (channelGlobalId is not null)
                {
                    if (InputRules.Decode("ContentChannel", channelGlobalId) is not { } channel)
                        return MutationPayload.Fail(NotFoundError.For("ContentChannel", channelGlobalId));
                    channelId = channel;
                }
                var outcome = await c.Service<AccountMaintenanceHandler>().AssignChannelAsync(id, globalId!, channelId, channelGlobalId, c.CancellationToken);
                return outcome.Error is { } error ? MutationPayload.Fail(error) : MutationPayload.Ok(outcome.Account);
            });
    }

    private static (Guid? Id, ValidationError? Error) Channel(Dictionary<string, object?> input)
    {
        if (input.GetValueOrDefault("channelId") is not string globalId) return (null, null);
        return InputRules.Decode("ContentChannel", globalId) is { } id
            ? (id, null)
            : (null, new ValidationError("The channel was not found.", "input.channelId", "NOT_FOUND"));
    }

    private static ValidationError? Missing(Dictionary<string, object?> input, string field) =>
        input.GetValueOrDefault(field) is null or ""
            ? new ValidationError($"{field} is required to connect an OAuth platform.", $"input.{field}", "REQUIRED")
            : null;
}
