using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>
/// Accounts are unique per owner, platform and external id: connecting the same account again updates its row
/// (tokens, status, scopes), never a second row. Another owner connecting the same external account gets its own row.
/// </summary>
internal static class AccountUpsert
{
    public static async Task<PlatformAccount> SaveAsync(PublishingDbContext db, Guid owner, string platform, string externalId,
        Action<PlatformAccount> apply, DateTime now, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var account = await db.PlatformAccounts.IgnoreQueryFilters()
                .FirstOrDefaultAsync(a => a.OwnerId == owner && a.Platform == platform && a.ExternalId == externalId, ct);
            if (account is null)
            {
                account = new PlatformAccount { OwnerId = owner, Platform = platform, ExternalId = externalId, Name = externalId, CreatedAt = now };
                db.PlatformAccounts.Add(account);
            }
            else
            {
                account.UpdatedAt = now;
            }
            apply(account);
            account.ConnectionStatus = PlatformConnectionStatus.Connected;
            account.ConnectionError = null;
            try
            {
                await db.SaveChangesAsync(ct);
                return account;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // A concurrent connect of the same account inserted it first: update that row instead.
                db.Entry(account).State = EntityState.Detached;
            }
        }
    }
}
