using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Modules;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>
/// A task as <c>createJob</c> sees it: an in-process handler (built-in module) or a plugin capability from the registry.
/// </summary>
/// <param name="Queue">The queue of an in-process handler; null for plugin tasks, which their own workers claim.</param>
/// <param name="Providers">Provider key → its cost profile (or the module's).</param>
internal sealed record JobTask(string CapabilityKey, JobKind Kind, string? Queue, string DefaultProvider,
    IReadOnlyDictionary<string, CostProfile?> Providers, string? InputSchemaJson)
{
    public static JobTask? Resolve(ModuleRecord module, string taskName, JobHandlerRegistry handlers)
    {
        if (handlers.TryGet(taskName, out var definition, out _) && definition.ModuleName == module.Name)
        {
            return new JobTask(definition.TaskName, definition.Kind, definition.Queue, definition.Provider,
                definition.AllProviders.DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.CostProfile), definition.InputSchemaJson);
        }
        var capability = module.Capabilities.FirstOrDefault(c => c.TaskName == taskName);
        if (capability is null) return null;
        var providers = module.Providers.Where(p => p.Capabilities.Contains(capability.Key))
            .ToDictionary(p => p.Key, p => p.CostProfile ?? module.CostProfile);
        var fallback = capability.DefaultProvider ?? providers.Keys.FirstOrDefault() ?? module.Name;
        if (providers.Count == 0) providers[fallback] = module.CostProfile;
        var kind = Enum.TryParse<JobKind>(capability.JobKind, out var k) ? k : JobKind.Generic;
        return new JobTask(capability.Key, kind, null, fallback, providers, capability.InputSchemaJson);
    }
}

/// <summary>The cost a job is expected to incur, from its provider's profile (the minimum, or one unit).</summary>
internal static class CostEstimate
{
    public static Money? Of(CostProfile? profile) =>
        profile is null ? null : new Money(Math.Max(profile.MinimumCost ?? 0m, profile.UnitCost), profile.Currency);
}
