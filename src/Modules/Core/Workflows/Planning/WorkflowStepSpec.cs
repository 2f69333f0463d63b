namespace MediaCreator.Modules.Core.Workflows.Planning;

/// <summary>
/// A step as a client or a draft writes it: one job spec (a <c>JobSpecInput</c> value, as JSON) plus its place in the
/// graph. Drafts store these; a run copies them into <see cref="WorkflowStepState"/>s.
/// </summary>
public sealed class WorkflowStepSpec
{
    public required string Key { get; set; }
    public string? Name { get; set; }
    public List<string> DependsOn { get; set; } = [];
    public List<WorkflowStepBindingState> Bindings { get; set; } = [];

    /// <summary><c>JobSpecInput</c> JSON with exactly one member, e.g. <c>{"image":{"mode":"GENERATE","prompt":"..."}}</c>.</summary>
    public required string JobJson { get; set; }

    /// <summary>Attempts before the step fails (1 = no retry).</summary>
    public int MaxAttempts { get; set; } = 1;
    public int RetryDelaySeconds { get; set; } = 5;
}
