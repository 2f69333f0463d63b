using MediaCreator.Modules.Core.Events;

namespace MediaCreator.Modules.Core.Jobs.Engine;

public static class JobEvents
{
    /// <summary>The event that announces <paramref name="job"/> in its current state.</summary>
    public static JobEvent Of(Job job, EventType type) =>
        new(type, job.OwnerId, job.ProjectId, job.Id, job.Status, job.Progress, job.Message, job.WorkflowRunId, job.WorkflowStepKey, job.ParentJobId);
}
