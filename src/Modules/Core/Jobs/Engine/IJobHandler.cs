using System.Text.Json;
using MediaCreator.Modules.Core.Costs;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>What a worker task is: its name (e.g. <c>image.generate</c>), owning module, queue and pricing.</summary>
/// <param name="Provider">The default provider.</param>
/// <param name="InputSchemaJson">JSON Schema that <c>createJob</c> validates the input payload against.</param>
/// <param name="OtherProviders">Further providers the same handler can run the task with (e.g. external AI services).</param>
public sealed record JobTaskDefinition(
    string TaskName, string ModuleName, string Queue, JobKind Kind, string Description,
    string Provider, CostProfile? CostProfile = null, string? InputSchemaJson = null,
    IReadOnlyList<JobTaskProvider>? OtherProviders = null)
{
    /// <summary>Every provider of the task, the default first, with its cost profile.</summary>
    public IEnumerable<JobTaskProvider> AllProviders =>
        [new JobTaskProvider(Provider, Provider, CostProfile, BuiltIn: true), .. OtherProviders ?? []];
}

/// <summary>A provider a task can run with, as the module registry lists it.</summary>
public sealed record JobTaskProvider(string Key, string DisplayName, CostProfile? CostProfile, bool BuiltIn);

/// <summary>Runs one task. Handlers are resolved per job from a fresh DI scope (register with <c>AddJobHandler</c>).</summary>
public interface IJobHandler
{
    /// <summary>Returns the output payload (JSON) or throws <see cref="JobFailedException"/> for an expected failure.</summary>
    Task<string?> HandleAsync(JobContext context, CancellationToken ct);
}

/// <summary>A handler with typed input and output, (de)serialized as camelCase JSON.</summary>
public abstract class JobHandler<TInput, TOutput> : IJobHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    async Task<string?> IJobHandler.HandleAsync(JobContext context, CancellationToken ct)
    {
        TInput? input;
        try
        {
            input = JsonSerializer.Deserialize<TInput>(context.Job.InputPayloadJson, Json);
        }
        catch (JsonException e)
        {
            throw new JobFailedException("INVALID_INPUT", $"The job input does not fit {context.Definition.TaskName}: {e.Message}", retryable: false);
        }
        if (input is null) throw new JobFailedException("INVALID_INPUT", "The job input is empty.", retryable: false);
        var output = await HandleAsync(input, context, ct);
        return JsonSerializer.Serialize(output, Json);
    }

    protected abstract Task<TOutput> HandleAsync(TInput input, JobContext context, CancellationToken ct);
}

/// <summary>An expected failure with a machine-readable code; <paramref name="retryable"/> failures are retried with backoff.</summary>
public sealed class JobFailedException(string code, string message, bool retryable, string? provider = null) : Exception(message)
{
    public string Code { get; } = code;
    public bool Retryable { get; } = retryable;
    public string? Provider { get; } = provider;
}
