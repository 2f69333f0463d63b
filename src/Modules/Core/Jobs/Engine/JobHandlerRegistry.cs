namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>The tasks this process can run, by task name. Built from every registered <see cref="IJobHandler"/>.</summary>
public sealed class JobHandlerRegistry
{
    private readonly Dictionary<string, (JobTaskDefinition Definition, Type HandlerType)> _tasks;

    public JobHandlerRegistry(IEnumerable<JobHandlerRegistration> registrations) =>
        _tasks = registrations.ToDictionary(r => r.Definition.TaskName, r => (r.Definition, r.HandlerType), StringComparer.Ordinal);

    public IEnumerable<JobTaskDefinition> Definitions => _tasks.Values.Select(t => t.Definition);

    public bool TryGet(string taskName, out JobTaskDefinition definition, out Type handlerType)
    {
        var found = _tasks.TryGetValue(taskName, out var task);
        (definition, handlerType) = found ? task : (null!, null!);
        return found;
    }
}

/// <summary>One handler type and its task, registered with <c>AddJobHandler&lt;T&gt;()</c>.</summary>
public sealed record JobHandlerRegistration(JobTaskDefinition Definition, Type HandlerType);
