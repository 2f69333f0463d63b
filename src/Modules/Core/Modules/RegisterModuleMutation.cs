using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Modules.Core.Modules;

internal sealed class RegisterModuleMutation : IMutationFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<RegisterModulePayloadType>>("registerModule")
            .Description("Registers a plugin module with its capabilities, providers and cost profile (REST `POST /modules/register`).")
            .Argument<NonNullGraphType<RegisterModuleInputType>>("input")
            .ResolveAsync(async c => await c.Service<RegisterModuleHandler>().HandleAsync(ToCommand(c.GetArgument<Dictionary<string, object?>>("input")), c.CancellationToken));

    private static RegisterModuleCommand ToCommand(Dictionary<string, object?> input) => new(
        (string)input["name"]!,
        input.GetValueOrDefault("displayName") as string,
        (ModuleCategory)input["category"]!,
        (string)input["version"]!,
        input.GetValueOrDefault("description") as string,
        List(input, "capabilities").Select(cap => new ModuleCapabilityState
        {
            Key = (string)cap["key"]!,
            TaskName = (string)cap["taskName"]!,
            Description = cap.GetValueOrDefault("description") as string,
            InputSchemaJson = JsonValues.Serialize(cap.GetValueOrDefault("inputSchema")),
            DefaultProvider = cap.GetValueOrDefault("defaultProvider") as string,
        }).ToList(),
        List(input, "providers").Select(p => new ProviderState
        {
            Key = (string)p["key"]!,
            DisplayName = p.GetValueOrDefault("displayName") as string ?? (string)p["key"]!,
            Capabilities = ((IEnumerable<object?>)p["capabilities"]!).Cast<string>().ToList(),
            CostProfile = p.GetValueOrDefault("costProfile") as CostProfile,
            ConfigJson = JsonValues.Serialize(p.GetValueOrDefault("config")),
        }).ToList(),
        input.GetValueOrDefault("costProfile") as CostProfile);

    private static IEnumerable<Dictionary<string, object?>> List(Dictionary<string, object?> input, string key) =>
        (input.GetValueOrDefault(key) as IEnumerable<object?> ?? []).Cast<Dictionary<string, object?>>();
}
