using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Modules;

/// <summary>Writes every built-in module into the registry at start-up with the tasks (capabilities, providers) its handlers offer.</summary>
internal sealed class ModuleRegistrySeeder(IEnumerable<BuiltInModule> builtIns, JobHandlerRegistry handlers) : IStartupTask
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
            var tasks = handlers.Definitions.Where(d => d.ModuleName == module.Name).OrderBy(d => d.TaskName).ToList();
            record.Capabilities = tasks.Select(t => new ModuleCapabilityState
            {
                Key = t.TaskName, TaskName = t.TaskName, JobKind = t.Kind.ToString(), Description = t.Description,
                InputSchemaJson = t.InputSchemaJson, DefaultProvider = t.Provider,
            }).ToList();
            record.Providers = tasks.SelectMany(t => t.AllProviders.Select(p => (Task: t.TaskName, Provider: p)))
                .GroupBy(x => x.Provider.Key).Select(g => new ProviderState
                {
                    Key = g.Key, DisplayName = g.First().Provider.DisplayName, Capabilities = g.Select(x => x.Task).Distinct().ToList(),
                    BuiltIn = g.First().Provider.BuiltIn, CostProfile = g.First().Provider.CostProfile,
                }).ToList();
        }
        await db.SaveChangesAsync(ct);
    }
}
