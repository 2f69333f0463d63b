using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;

namespace MediaCreator.Modules.Core.Modules;

internal sealed class RegisterModuleInputType : InputObjectGraphType
{
    public RegisterModuleInputType()
    {
        Name = "RegisterModuleInput";
        Description = "Input of `registerModule`.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Unique registry key.");
        Field<StringGraphType>("displayName");
        Field<NonNullGraphType<ModuleCategoryType>>("category");
        Field<NonNullGraphType<StringGraphType>>("version");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleCapabilityInputType>>>>("capabilities");
        Field<ListGraphType<NonNullGraphType<ProviderInputType>>>("providers");
        Field<CostProfileInputType>("costProfile");
    }
}

internal sealed class ModuleCapabilityInputType : InputObjectGraphType
{
    public ModuleCapabilityInputType()
    {
        Name = "ModuleCapabilityInput";
        Description = "A capability offered by the module, backed by one worker task.";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("taskName");
        Field<StringGraphType>("description");
        Field<JsonScalarType>("inputSchema").Description("JSON Schema validating `generic.payload` for this capability.");
        Field<StringGraphType>("defaultProvider");
    }
}

internal sealed class ProviderInputType : InputObjectGraphType
{
    public ProviderInputType()
    {
        Name = "ProviderInput";
        Description = "A provider offered by the module.";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<StringGraphType>("displayName");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("capabilities");
        Field<CostProfileInputType>("costProfile");
        Field<JsonScalarType>("config").Description("Non-secret configuration; secrets are configured server-side.");
    }
}

internal sealed class RegisterModuleErrorType() : ErrorUnionType("registerModule", typeof(ValidationErrorType), typeof(ConflictErrorType));

internal sealed class RegisterModulePayloadType() : PayloadGraphType<ModuleType, RegisterModuleErrorType>("registerModule", "module");
