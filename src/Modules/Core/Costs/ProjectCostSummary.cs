using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Projects;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Costs;

public sealed record CostBreakdownItem(string Key, decimal Cost, int JobCount);

/// <summary>Cost of a project's jobs in the budget currency (USD without a budget), for the current budget period.</summary>
public sealed record ProjectCostSummary(
    string Currency, decimal Spent, decimal Pending, decimal? Remaining, double? UsedFraction, int JobCount,
    IReadOnlyList<CostBreakdownItem> ByProvider, IReadOnlyList<CostBreakdownItem> ByModule)
{
    public static async Task<ProjectCostSummary> ComputeAsync(CoreDbContext db, Project project, DateTime now, CancellationToken ct)
    {
        var currency = project.Budget?.Currency ?? "USD";
        var since = project.Budget?.Period == BudgetPeriod.Monthly
            ? new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc)
            : DateTime.MinValue;
        var records = db.CostRecords.Where(r => r.ProjectId == project.Id && r.Currency == currency && r.CreatedAt >= since);
        var byProvider = await records.GroupBy(r => r.Provider)
            .Select(g => new { g.Key, Cost = g.Sum(r => r.TotalCost), Jobs = g.Select(r => r.JobId).Distinct().Count() })
            .ToListAsync(ct);
        var byModule = await records.GroupBy(r => r.ModuleName)
            .Select(g => new { g.Key, Cost = g.Sum(r => r.TotalCost), Jobs = g.Select(r => r.JobId).Distinct().Count() })
            .ToListAsync(ct);
        var jobCount = await records.Select(r => r.JobId).Distinct().CountAsync(ct);
        var pending = await db.Jobs
            .Where(j => j.ProjectId == project.Id && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running)
                        && j.EstimatedCostCurrency == currency && j.EstimatedCost != null)
            .SumAsync(j => j.EstimatedCost, ct) ?? 0m;
        var spent = byProvider.Sum(p => p.Cost);
        var limit = project.Budget?.Limit;
        return new ProjectCostSummary(
            currency, spent, pending,
            limit is { } l ? l - spent - pending : null,
            limit is > 0 ? (double)(spent / limit.Value) : null,
            jobCount,
            byProvider.OrderByDescending(p => p.Cost).Select(p => new CostBreakdownItem(p.Key, p.Cost, p.Jobs)).ToList(),
            byModule.OrderByDescending(p => p.Cost).Select(p => new CostBreakdownItem(p.Key, p.Cost, p.Jobs)).ToList());
    }
}
