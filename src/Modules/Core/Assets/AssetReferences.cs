using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Assets;

/// <summary>Asset global ids given in mutation inputs, checked against what the caller can see.</summary>
public static class AssetReferences
{
    /// <summary>The database id of the caller's asset named by <paramref name="globalId"/>; null when it is no Asset id or not the caller's.</summary>
    public static async Task<Guid?> FindIdAsync(CoreDbContext db, string? globalId, CancellationToken ct) =>
        await FindAsync(db, globalId, ct) is { } asset ? asset.Id : null;

    /// <summary>The caller's asset named by <paramref name="globalId"/> (untracked), or null.</summary>
    public static async Task<Asset?> FindAsync(CoreDbContext db, string? globalId, CancellationToken ct)
    {
        if (globalId is null || !GlobalId.TryDecode(globalId, out var type, out var id) || type != "Asset") return null;
        return await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
    }
}
