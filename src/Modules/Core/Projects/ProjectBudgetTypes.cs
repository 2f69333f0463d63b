using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Modules.Core.Projects;

internal sealed class ProjectBudgetType : ObjectGraphType<ProjectBudget>
{
    public ProjectBudgetType()
    {
        Name = "ProjectBudget";
        Description = "Per-project cost budget.";
        Field<NonNullGraphType<DecimalGraphType>>("limit").Description("Maximum spend.").Resolve(c => c.Source.Limit);
        Field(x => x.Currency).Description("ISO 4217 currency of the limit; costs in other currencies are not counted against it.");
        Field(x => x.WarnAt).Description("Fraction of the limit (0..1) at which a COST_WARNING recommendation is raised.");
        Field<NonNullGraphType<BudgetEnforcementType>>("enforcement").Resolve(c => c.Source.Enforcement);
        Field<NonNullGraphType<BudgetPeriodType>>("period").Resolve(c => c.Source.Period);
    }
}

internal sealed class ProjectBudgetInputType : InputObjectGraphType<ProjectBudget>
{
    public ProjectBudgetInputType()
    {
        Name = "ProjectBudgetInput";
        Description = "Budget settings.";
        Field<NonNullGraphType<DecimalGraphType>>("limit");
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217.");
        Field<FloatGraphType>("warnAt").DefaultValue(0.8);
        Field<BudgetEnforcementType>("enforcement").DefaultValue(BudgetEnforcement.BlockNewJobs);
        Field<BudgetPeriodType>("period").DefaultValue(BudgetPeriod.Lifetime);
    }
}
