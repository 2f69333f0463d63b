using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Modules;

internal sealed class ModuleFilterInputType : FilterInputType<ModuleRecord>
{
    public ModuleFilterInputType()
    {
        Name = "ModuleFilterInput";
        Description = "Filter for Module lists (`where:`).";
        StringField("name", x => x.Name);
        EnumField("category", x => x.Category, "ModuleCategory");
        BooleanField("builtIn", x => x.BuiltIn);
        BooleanField("enabled", x => x.Enabled);
    }
}

internal sealed class ModuleSortInputType : SortInputType<ModuleRecord>
{
    public ModuleSortInputType()
    {
        Name = "ModuleSortInput";
        Description = "Sort fields for Module lists (`order:`).";
        Field("name", x => x.Name);
        Field("category", x => x.Category);
    }
}
