using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Modules;

internal sealed class ModuleFilterInputType : FilterInputType<ModuleRecord>
{
    public ModuleFilterInputType()
    {
        Name = "ModuleFilterInput";
        Description = "Filter for Module lists (`where:`).";
        StringField("name", x => x.Name);
        EnumField<ModuleCategoryType, ModuleCategory>("category", x => x.Category);
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
        SortField("name", x => x.Name);
        SortField("category", x => x.Category);
        DefaultOrder(x => x.Name, SortDirection.Ascending);
    }
}
