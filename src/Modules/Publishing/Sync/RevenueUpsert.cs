using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>
/// Writes reported revenue under the table's unique key (publication, source, period): a key seen before is updated
/// (amount, currency, origin "sync"), never added twice.
/// </summary>
internal static class RevenueUpsert
{
    public static async Task<(int Created, int Updated)> ApplyAsync(PublishingDbContext db, PublicationRecord publication,
        IReadOnlyList<PostRevenue> reported, DateTime now, CancellationToken ct)
    {
        var (created, updated) = (0, 0);
        // A platform may split a period into several rows of one key (e.g. per currency); the last row wins, as on a re-sync.
        foreach (var row in reported.GroupBy(r => (Source: r.Source.ToLowerInvariant(), r.PeriodStart, r.PeriodEnd)).Select(g => g.Last()))
        {
            var source = row.Source.ToLowerInvariant();
            var record = await db.RevenueRecords.FirstOrDefaultAsync(r => r.PublicationId == publication.Id && r.Source == source
                && r.PeriodStart == row.PeriodStart && r.PeriodEnd == row.PeriodEnd, ct);
            if (record is null)
            {
                record = new RevenueRecord
                {
                    OwnerId = publication.OwnerId, PublicationId = publication.Id, ChannelId = publication.ChannelId, Source = source,
                    Currency = row.Currency, PeriodStart = row.PeriodStart, PeriodEnd = row.PeriodEnd, CreatedAt = now,
                };
                db.RevenueRecords.Add(record);
                created++;
            }
            else
            {
                updated++;
            }
            record.Amount = row.Amount;
            record.Currency = row.Currency.ToUpperInvariant();
            record.Origin = "sync";
        }
        await db.SaveChangesAsync(ct);
        return (created, updated);
    }
}
