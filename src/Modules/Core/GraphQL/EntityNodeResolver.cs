using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.GraphQL;

/// <summary>Resolves <c>node(id)</c> for a Core entity through the owner-filtered DbContext.</summary>
internal sealed class EntityNodeResolver<TEntity>(string typeName) : INodeResolver where TEntity : class
{
    public string TypeName => typeName;

    public async Task<object?> ResolveAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        await services.GetRequiredService<CoreDbContext>().Set<TEntity>()
            .FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, ct);
}
