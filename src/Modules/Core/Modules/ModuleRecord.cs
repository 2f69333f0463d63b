using MediaCreator.Modules.Core.Costs;

namespace MediaCreator.Modules.Core.Modules;

/// <summary>A registered module, built-in or plugin (table <c>modules</c>). The registry is global, not owned.</summary>
public sealed class ModuleRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string DisplayName { get; set; }
    public ModuleCategory Category { get; set; }
    public required string Version { get; set; }
    public string? Description { get; set; }
    public bool BuiltIn { get; set; }
    public bool Enabled { get; set; } = true;
    public List<ModuleCapabilityState> Capabilities { get; set; } = [];
    public List<ProviderState> Providers { get; set; } = [];
    public CostProfile? CostProfile { get; set; }
    /// <summary>Owner that registered a plugin; null for built-in modules.</summary>
    public Guid? RegisteredByOwnerId { get; set; }
    public DateTime RegisteredAt { get; set; } = DateTime.UtcNow;
}

public sealed class ModuleCapabilityState
{
    public required string Key { get; set; }
    public required string TaskName { get; set; }
    public string? JobKind { get; set; }
    public string? Description { get; set; }
    public string? InputSchemaJson { get; set; }
    public string? DefaultProvider { get; set; }
}

public sealed class ProviderState
{
    public required string Key { get; set; }
    public required string DisplayName { get; set; }
    public List<string> Capabilities { get; set; } = [];
    public bool BuiltIn { get; set; }
    public bool Enabled { get; set; } = true;
    public CostProfile? CostProfile { get; set; }
    public string? ConfigJson { get; set; }
}
