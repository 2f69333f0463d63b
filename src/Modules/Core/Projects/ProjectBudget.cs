namespace MediaCreator.Modules.Core.Projects;

public enum BudgetEnforcement { WarnOnly, BlockNewJobs }

public enum BudgetPeriod { Lifetime, Monthly }

/// <summary>Spending limit of a project; costs in other currencies are not summed into it.</summary>
public sealed class ProjectBudget
{
    public decimal Limit { get; set; }
    public required string Currency { get; set; }
    public double WarnAt { get; set; } = 0.8;
    public BudgetEnforcement Enforcement { get; set; } = BudgetEnforcement.BlockNewJobs;
    public BudgetPeriod Period { get; set; } = BudgetPeriod.Lifetime;
}
