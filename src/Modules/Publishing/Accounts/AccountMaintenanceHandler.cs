using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>What <see cref="AccountMaintenanceHandler.DisconnectAsync"/> did: the platform's answer, or the failure that stopped it.</summary>
public sealed record DisconnectOutcome(PlatformRevocation? Revocation, IMutationError? Error);

/// <summary>Disconnecting an account and assigning it to a channel. Rows are found through the owner filter.</summary>
public sealed class AccountMaintenanceHandler(PublishingDbContext db, PlatformGrantRevoker revoker, TimeProvider clock)
{
    private static readonly PublicationStatus[] Active = [PublicationStatus.Scheduled, PublicationStatus.Uploading];

    /// <summary>
    /// Revokes the grant at the platform (OAuth accounts), then wipes the credentials and marks the account REVOKED; the
    /// row is deleted when no publication references it, kept (REVOKED, for history) otherwise. Not while a publication
    /// of it is SCHEDULED or UPLOADING. A platform that does not confirm the revocation does not keep the account
    /// connected here: the outcome says so.
    /// </summary>
    public async Task<DisconnectOutcome> DisconnectAsync(Guid accountId, string globalId, CancellationToken ct)
    {
        var account = await db.PlatformAccounts.FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null) return new DisconnectOutcome(null, NotFoundError.For("PlatformAccount", globalId));
        var active = await db.Publications.Where(p => p.PlatformAccountId == accountId && Active.Contains(p.Status))
            .Select(p => (PublicationStatus?)p.Status).FirstOrDefaultAsync(ct);
        if (active is { } status)
        {
            return new DisconnectOutcome(null, new InvalidStateError(
                "The account has publications that are scheduled or uploading; cancel them or wait for them first.",
                status.ToString().ToUpperInvariant(), ["PUBLISHED", "FAILED", "CANCELLED"]));
        }
        var revocation = await revoker.RevokeAsync(account, ct);
        if (await db.Publications.AnyAsync(p => p.PlatformAccountId == accountId, ct))
        {
            account.ProtectedAuthConfig = null;
            account.ConnectionStatus = PlatformConnectionStatus.Revoked;
            account.ConnectionError = revocation.Revoked == false
                ? "Disconnected by the owner; the platform did not confirm the revocation."
                : "Disconnected by the owner.";
            account.CredentialsExpireAt = null;
            account.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }
        else
        {
            db.PlatformAccounts.Remove(account);
        }
        await db.SaveChangesAsync(ct);
        return new DisconnectOutcome(revocation, null);
    }

    /// <summary>Assigns the account to a channel (<paramref name="channelId"/> null: to none).</summary>
    public async Task<AccountOutcome> AssignChannelAsync(Guid accountId, string accountGlobalId, Guid? channelId, string? channelGlobalId,
        CancellationToken ct)
    {
        var account = await db.PlatformAccounts.FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null) return AccountOutcome.Fail(NotFoundError.For("PlatformAccount", accountGlobalId));
        if (channelId is { } channel && !await db.Channels.AnyAsync(c => c.Id == channel, ct))
            return AccountOutcome.Fail(NotFoundError.For("ContentChannel", channelGlobalId));
        account.ChannelId = channelId;
        account.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return AccountOutcome.Ok(account);
    }

    internal static string Id(PlatformAccount account) => GlobalId.Encode("PlatformAccount", account.Id);
}
