using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Projects;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>Refuses a job whose estimate would take a BLOCK_NEW_JOBS budget past its limit (spent + pending + estimate).</summary>
internal static class BudgetCheck
{
    public static async Task<BudgetExceededError?> RefuseAsync(CoreDbContext db, Project project, Money? estimate, DateTime now, CancellationToken ct)
    {
        if (project.Budget is not { Enforcement: BudgetEnforcement.BlockNewJobs } budget || estimate is null || estimate.Currency != budget.Currency)
            return null;
        var summary = await ProjectCostSummary.ComputeAsync(db, project, now, ct);
        if (summary.Spent + summary.Pending + estimate.Amount <= budget.Limit) return null;
        return new BudgetExceededError(
            $"This job (about {estimate.Amount} {estimate.Currency}) would take the project past its budget of {budget.Limit} {budget.Currency}.",
            GlobalId.Encode("Project", project.Id), new Money(budget.Limit, budget.Currency),
            new Money(summary.Spent + summary.Pending, budget.Currency), estimate);
    }
}
