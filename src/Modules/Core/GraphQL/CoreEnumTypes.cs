using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;

namespace MediaCreator.Modules.Core.GraphQL;

internal sealed class JobStatusType : EnumerationGraphType<JobStatus>
{
    public JobStatusType() => Description = "Job lifecycle.";
}

internal sealed class JobKindType : EnumerationGraphType<JobKind>
{
    public JobKindType() => Description = "What a job does; each maps to a worker task (see `Job.taskName`).";
}

internal sealed class WorkflowRunStatusType : EnumerationGraphType<WorkflowRunStatus>
{
    public WorkflowRunStatusType() => Description = "Workflow run lifecycle.";
}

internal sealed class WorkflowStepStatusType : EnumerationGraphType<WorkflowStepStatus>
{
    public WorkflowStepStatusType() => Description = "Workflow step lifecycle.";
}

internal sealed class ModuleCategoryType : EnumerationGraphType<ModuleCategory>
{
    public ModuleCategoryType() => Description = "Module registry category.";
}

internal sealed class AssetTypeEnumType : EnumerationGraphType<AssetType>
{
    public AssetTypeEnumType() => Description = "Kind of stored file.";
}

internal sealed class BudgetEnforcementType : EnumerationGraphType<BudgetEnforcement>
{
    public BudgetEnforcementType()
    {
        Description = "What happens when a budget is reached.";
        Values["WARN_ONLY"]!.Description = "Only raise COST_WARNING recommendations.";
        Values["BLOCK_NEW_JOBS"]!.Description = "Reject new jobs with BudgetExceededError.";
    }
}

internal sealed class BudgetPeriodType : EnumerationGraphType<BudgetPeriod>
{
    public BudgetPeriodType() => Description = "Budget reset period.";
}

internal sealed class CostUnitType : EnumerationGraphType
{
    public CostUnitType()
    {
        Name = "CostUnit";
        Description = "Billing unit of a cost profile.";
        Add("PER_JOB", CostUnit.PerJob);
        Add("PER_OUTPUT", CostUnit.PerOutput);
        Add("PER_SECOND", CostUnit.PerSecond);
        Add("PER_MEGAPIXEL", CostUnit.PerMegapixel);
        Add("PER_1K_TOKENS", CostUnit.Per1kTokens);
    }
}

/// <summary>Publishing platforms (<c>platform_accounts.platform</c>, idea target platforms); values are their names.</summary>
public sealed class PlatformType() : NamedEnumType("Platform", "A publishing platform.", "YOUTUBE", "TIKTOK", "FACEBOOK", "RSS_FEED", "FOLDER", "WEBHOOK");
