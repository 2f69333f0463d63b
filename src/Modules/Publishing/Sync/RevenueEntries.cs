using System.Text.RegularExpressions;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Sync;

/// <param name="Source">Lower case: adsense, creator_fund, product_sale, other.</param>
internal sealed record RecordRevenueCommand(string? PublicationGlobalId, string Source, decimal Amount, string? Currency,
    DateOnly PeriodStart, DateOnly PeriodEnd, string? MetadataJson);

/// <summary>
/// Revenue entered by hand, for what platforms do not report (product sales, creator funds...). Stored under the same
/// unique key as synced revenue (publication, source, period): entering a period again corrects its record.
/// </summary>
internal sealed partial class RevenueEntries(PublishingDbContext db, TimeProvider clock)
{
    public async Task<MutationPayload> RecordAsync(RecordRevenueCommand c, CancellationToken ct)
    {
        var publicationId = GlobalId.TryDecode(c.PublicationGlobalId, out var type, out var id) && type == "PublicationRecord" ? id : (Guid?)null;
        var publication = publicationId is null ? null : await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == publicationId, ct);
        if (publication is null) return MutationPayload.Fail(NotFoundError.For("PublicationRecord", c.PublicationGlobalId));
        var errors = Validate(c).ToArray();
        if (errors.Length > 0) return MutationPayload.Fail(errors);
        var record = await db.RevenueRecords.FirstOrDefaultAsync(r => r.PublicationId == publication.Id && r.Source == c.Source
            && r.PeriodStart == c.PeriodStart && r.PeriodEnd == c.PeriodEnd, ct);
        if (record is null)
        {
            record = new RevenueRecord
            {
                OwnerId = publication.OwnerId, PublicationId = publication.Id, ChannelId = publication.ChannelId, Source = c.Source,
                Currency = c.Currency!, PeriodStart = c.PeriodStart, PeriodEnd = c.PeriodEnd, CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.RevenueRecords.Add(record);
        }
        record.Amount = c.Amount;
        record.Currency = c.Currency!;
        record.Origin = "manual";
        record.MetadataJson = c.MetadataJson;
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(record);
    }

    public async Task<MutationPayload> DeleteAsync(string? revenueRecordGlobalId, CancellationToken ct)
    {
        var recordId = GlobalId.TryDecode(revenueRecordGlobalId, out var type, out var id) && type == "RevenueRecord" ? id : (Guid?)null;
        var record = recordId is null ? null : await db.RevenueRecords.FirstOrDefaultAsync(r => r.Id == recordId, ct);
        if (record is null) return MutationPayload.Fail(NotFoundError.For("RevenueRecord", revenueRecordGlobalId));
        db.RevenueRecords.Remove(record);
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(GlobalId.Encode("RevenueRecord", record.Id));
    }

    private static IEnumerable<ValidationError> Validate(RecordRevenueCommand c)
    {
        if (c.Amount < 0) yield return new ValidationError("The amount must not be negative.", "input.amount", "OUT_OF_RANGE");
        if (c.Currency is null || !CurrencyCode().IsMatch(c.Currency))
            yield return new ValidationError("The currency must be an ISO 4217 code of three upper-case letters, e.g. THB or USD.", "input.currency", "INVALID_FORMAT");
        if (c.PeriodStart > c.PeriodEnd)
            yield return new ValidationError("The period must not end before it starts.", "input.periodEnd", "INVALID_RANGE");
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
