using GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.GraphQL;

/// <summary>Resolves <c>node(id)</c> for an entity through a module's owner-filtered DbContext.</summary>
public sealed class EntityNodeResolver<TContext, TEntity>(string typeName) : INodeResolver where TContext : DbContext where TEntity : class
{
    public string TypeName => typeName;

    public async Task<object?> ResolveAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        await services.GetRequiredService<TContext>().Set<TEntity>().AsNoTracking()
            .FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, ct);
}

/// <summary>Core rows that module result types point at (assets, jobs), loaded for the caller (owner-filtered).</summary>
public static class CoreRows
{
    public static async Task<object?> AssetAsync(IResolveFieldContext c, Guid id) =>
        await c.RequestServices!.GetRequiredService<CoreDbContext>().Assets.FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken);

    /// <summary>The caller's assets of <paramref name="ids"/>, in that order (ones gone or not theirs left out).</summary>
    public static async Task<object?> AssetsAsync(IResolveFieldContext c, IReadOnlyList<Guid>? ids)
    {
        if (ids is not { Count: > 0 }) return new List<Assets.Asset>();
        var assets = await c.RequestServices!.GetRequiredService<CoreDbContext>().Assets.Where(a => ids.Contains(a.Id)).ToListAsync(c.CancellationToken);
        return ids.Select(id => assets.FirstOrDefault(a => a.Id == id)).OfType<Assets.Asset>().ToList();
    }

    public static async Task<object?> JobAsync(IResolveFieldContext c, Guid? id) =>
        id is { } jobId ? await c.RequestServices!.GetRequiredService<CoreDbContext>().Jobs.FirstOrDefaultAsync(j => j.Id == jobId, c.CancellationToken) : null;
}
