using System.Security.Cryptography;
using System.Text;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>
/// The owner's default channel "My channel" and series "Ideas", created on first use. Their ids derive from the owner,
/// so two writers racing insert the same key and the loser reads the winner's row.
/// </summary>
internal static class DefaultSeries
{
    public const string ChannelName = "My channel", SeriesName = "Ideas";

    public static Guid ChannelId(Guid ownerId) => Derive(ownerId, "default-channel");

    public static Guid SeriesId(Guid ownerId) => Derive(ownerId, "default-series");

    /// <summary>Ensures both rows exist (owner checked explicitly; works without a request's owner).</summary>
    public static async Task<Guid> EnsureAsync(PublishingDbContext db, Guid ownerId, CancellationToken ct)
    {
        var channelId = ChannelId(ownerId);
        var seriesId = SeriesId(ownerId);
        if (await db.Series.IgnoreQueryFilters().AnyAsync(s => s.Id == seriesId && s.OwnerId == ownerId, ct)) return seriesId;
        if (!await db.Channels.IgnoreQueryFilters().AnyAsync(c => c.Id == channelId && c.OwnerId == ownerId, ct))
            await InsertOnceAsync(db, new ContentChannel { Id = channelId, OwnerId = ownerId, Name = ChannelName }, channelId, ct);
        await InsertOnceAsync(db, new Series { Id = seriesId, OwnerId = ownerId, ChannelId = channelId, Name = SeriesName }, seriesId, ct);
        return seriesId;
    }

    private static async Task InsertOnceAsync<T>(PublishingDbContext db, T row, Guid id, CancellationToken ct) where T : class
    {
        var entry = db.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            entry.State = EntityState.Detached;
            // Another writer inserted the same derived key first; its row is the one we wanted.
            if (!await db.Set<T>().IgnoreQueryFilters().AnyAsync(e => EF.Property<Guid>(e, "Id") == id, ct)) throw;
        }
        entry.State = EntityState.Detached;
    }

    private static Guid Derive(Guid ownerId, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"publishing:{purpose}:{ownerId:N}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
