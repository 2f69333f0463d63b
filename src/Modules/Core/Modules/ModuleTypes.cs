using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;

namespace MediaCreator.Modules.Core.Modules;

internal sealed class ModuleType : ObjectGraphType<ModuleRecord>
{
    public ModuleType()
    {
        Name = "Module";
        Description = "A registered module (built-in or plugin) (table `modules`).";
        this.ImplementsNode("Module", x => x.Id);
        Field(x => x.Name).Description("Registry key, e.g. \"image\", \"video\", \"audio\", \"publishing\".");
        Field(x => x.DisplayName);
        Field<NonNullGraphType<ModuleCategoryType>>("category").Resolve(c => c.Source.Category);
        Field(x => x.Version);
        Field(x => x.Description, nullable: true);
        Field(x => x.BuiltIn);
        Field(x => x.Enabled);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleCapabilityType>>>>("capabilities")
            .Resolve(c => c.Source.Capabilities.Select(cap => new CapabilityView(c.Source, cap)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderType>>>>("providers")
            .Resolve(c => c.Source.Providers.Select(p => new ProviderView(c.Source, p)));
        Field<CostProfileType>("costProfile").Description("Default cost profile (`cost_profile`); providers may override.").Resolve(c => c.Source.CostProfile);
        Field<NonNullGraphType<DateTimeScalarType>>("registeredAt").Resolve(c => c.Source.RegisteredAt);
    }
}

/// <summary>A capability seen with the module that declares it.</summary>
internal sealed record CapabilityView(ModuleRecord Module, ModuleCapabilityState Capability)
{
    public IEnumerable<ProviderView> Providers => Module.Providers
        .Where(p => p.Capabilities.Contains(Capability.Key)).Select(p => new ProviderView(Module, p));
}

/// <summary>A provider seen with the module that declares it.</summary>
internal sealed record ProviderView(ModuleRecord Module, ProviderState Provider);

internal sealed class ModuleCapabilityType : ObjectGraphType<CapabilityView>
{
    public ModuleCapabilityType()
    {
        Name = "ModuleCapability";
        Description = "A capability of a module, backed by one worker task.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Capability key, e.g. \"image.generate\".").Resolve(c => c.Source.Capability.Key);
        Field<NonNullGraphType<StringGraphType>>("taskName").Description("Worker task executing it, e.g. \"image.generate\".").Resolve(c => c.Source.Capability.TaskName);
        Field<JobKindType>("jobKind").Resolve(c => Enum.TryParse<JobKind>(c.Source.Capability.JobKind, out var k) ? k : (JobKind?)null);
        Field<StringGraphType>("description").Resolve(c => c.Source.Capability.Description);
        Field<JsonScalarType>("inputSchema").Description("JSON Schema of the job payload for plugin capabilities.").Resolve(c => JsonValues.Read(c.Source.Capability.InputSchemaJson));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderType>>>>("providers").Resolve(c => c.Source.Providers);
        Field<ProviderType>("defaultProvider").Resolve(c => c.Source.Providers.FirstOrDefault(p => p.Provider.Key == c.Source.Capability.DefaultProvider)
                                                            ?? c.Source.Providers.FirstOrDefault());
    }
}

internal sealed class ProviderType : ObjectGraphType<ProviderView>
{
    public ProviderType()
    {
        Name = "Provider";
        Description = "An implementation of one or more capabilities, e.g. skia (built-in), openai-images, ffmpeg, runway, dsp, youtube, rss-feed.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Provider.Key);
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(c => c.Source.Provider.DisplayName);
        Field<NonNullGraphType<ModuleType>>("module").Resolve(c => c.Source.Module);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("capabilities").Resolve(c => c.Source.Provider.Capabilities);
        Field<NonNullGraphType<BooleanGraphType>>("builtIn").Resolve(c => c.Source.Provider.BuiltIn);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Resolve(c => c.Source.Provider.Enabled);
        Field<CostProfileType>("costProfile").Resolve(c => c.Source.Provider.CostProfile ?? c.Source.Module.CostProfile);
    }
}
