namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>Bound from the <c>Workers</c> section.</summary>
public sealed class WorkerOptions
{
    /// <summary>Run job handlers in this process (the API does so in the embedded default; the Workers host always does).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Queues this process consumes; empty means all.</summary>
    public List<string> Queues { get; set; } = [];

    /// <summary>Concurrent jobs per queue; CPU-heavy queues default to one per core, others to four.</summary>
    public Dictionary<string, int> Concurrency { get; set; } = [];

    /// <summary>How long a running job's claim lasts without a heartbeat before another worker may take it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First retry delay; doubled per attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Unique name of this worker process (host name and process id by default).</summary>
    public string WorkerId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    public int ConcurrencyFor(string queue) => Concurrency.TryGetValue(queue, out var n) && n > 0 ? n
        : queue is Queue.JobQueues.Image or Queue.JobQueues.Video or Queue.JobQueues.Audio or Queue.JobQueues.Music ? Environment.ProcessorCount
        : 4;
}
