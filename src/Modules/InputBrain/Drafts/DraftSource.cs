using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Core.Workflows.Planning;
using MediaCreator.Modules.InputBrain.GraphQL;
using MediaCreator.Modules.InputBrain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.InputBrain.Drafts;

/// <summary>A saved draft's steps for <c>estimateWorkflowCost(draftId)</c> (owner-filtered like every read).</summary>
internal sealed class DraftSource(InputBrainDbContext db) : IWorkflowDraftSource
{
    public async Task<(Guid ProjectId, IReadOnlyList<WorkflowStepSpec> Steps)?> FindAsync(Guid draftId, CancellationToken ct) =>
        await db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == draftId, ct) is { } draft
            ? (draft.ProjectId, DraftSteps.Read(draft)) : null;
}
