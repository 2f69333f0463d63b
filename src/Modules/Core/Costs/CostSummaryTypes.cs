using GraphQL.Types;

namespace MediaCreator.Modules.Core.Costs;

internal sealed class ProjectCostSummaryType : ObjectGraphType<ProjectCostSummary>
{
    public ProjectCostSummaryType()
    {
        Name = "ProjectCostSummary";
        Description = "Cost of a project's jobs, in the budget currency (or USD without budget).";
        Field(x => x.Currency);
        Field<NonNullGraphType<DecimalGraphType>>("spent").Description("Recorded cost (sum of CostRecords) in the current budget period.").Resolve(c => c.Source.Spent);
        Field<NonNullGraphType<DecimalGraphType>>("pending").Description("Estimated cost of QUEUED and RUNNING jobs.").Resolve(c => c.Source.Pending);
        Field<DecimalGraphType>("remaining").Description("limit - spent - pending; null without budget.").Resolve(c => c.Source.Remaining);
        Field(x => x.UsedFraction, nullable: true).Description("spent / limit; null without budget.");
        Field(x => x.JobCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CostBreakdownItemType>>>>("byProvider").Resolve(c => c.Source.ByProvider);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CostBreakdownItemType>>>>("byModule").Resolve(c => c.Source.ByModule);
    }
}

internal sealed class CostBreakdownItemType : ObjectGraphType<CostBreakdownItem>
{
    public CostBreakdownItemType()
    {
        Name = "CostBreakdownItem";
        Description = "One line of a cost breakdown.";
        Field(x => x.Key).Description("Provider key or module name.");
        Field<NonNullGraphType<DecimalGraphType>>("cost").Resolve(c => c.Source.Cost);
        Field(x => x.JobCount);
    }
}

public sealed record Money(decimal Amount, string Currency);

public sealed class MoneyType : ObjectGraphType<Money>
{
    public MoneyType()
    {
        Name = "Money";
        Description = "A money amount with its ISO 4217 currency.";
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(c => c.Source.Amount);
        Field(x => x.Currency);
    }
}

internal sealed class CostProfileType : ObjectGraphType<CostProfile>
{
    public CostProfileType()
    {
        Name = "CostProfile";
        Description = "How a module/provider is priced.";
        Field(x => x.Currency);
        Field<NonNullGraphType<MediaCreator.Modules.Core.GraphQL.CostUnitType>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<DecimalGraphType>>("unitCost").Resolve(c => c.Source.UnitCost);
        Field<DecimalGraphType>("minimumCost").Resolve(c => c.Source.MinimumCost);
    }
}

internal sealed class CostProfileInputType : InputObjectGraphType<CostProfile>
{
    public CostProfileInputType()
    {
        Name = "CostProfileInput";
        Description = "Pricing of a module or provider.";
        Field<NonNullGraphType<StringGraphType>>("currency");
        Field<NonNullGraphType<MediaCreator.Modules.Core.GraphQL.CostUnitType>>("unit");
        Field<NonNullGraphType<DecimalGraphType>>("unitCost");
        Field<DecimalGraphType>("minimumCost");
    }
}
