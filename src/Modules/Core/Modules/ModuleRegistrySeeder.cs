using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Modules;

/// <summary>Writes every built-in module into the registry at start-up, updating name, version and description.</summary>
internal sealed class ModuleRegistrySeeder(IEnumerable<BuiltInModule> builtIns) : IStartupTask
{
    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken ct)
    {
        var db = scopedServices.GetRequiredService<CoreDbContext>();
        var existing = await db.Modules.ToDictionaryAsync(m => m.Name, ct);
        foreach (var module in builtIns.DistinctBy(m => m.Name))
        {
            if (!existing.TryGetValue(module.Name, out var record))
            {
                record = new ModuleRecord { Name = module.Name, DisplayName = module.DisplayName, Version = module.Version };
                db.Modules.Add(record);
            }
            record.DisplayName = module.DisplayName;
            record.Category = module.Category;
            record.Version = module.Version;
            record.Description = module.Description;
            record.BuiltIn = true;
        }
        await db.SaveChangesAsync(ct);
    }
}
