using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Errors;

namespace MediaCreator.Modules.Core.Jobs;

/// <summary>
/// A module's typed member of <c>JobSpecInput</c> (e.g. <c>image: ImageJobInput</c>): <c>createJob</c> with that
/// member enqueues the module's job exactly as the module's own mutations do.
/// </summary>
public interface IJobSpecMember
{
    /// <summary>The member's name in <c>JobSpecInput</c>, e.g. <c>image</c>.</summary>
    string Name { get; }

    /// <summary>The member's input graph type, e.g. <c>ImageJobInputType</c>.</summary>
    Type InputType { get; }

    string Description { get; }

    /// <summary>Enqueues the job described by <paramref name="spec"/> (the member's value) for <paramref name="input"/>'s project.</summary>
    Task<MutationPayload> EnqueueAsync(IResolveFieldContext context, Dictionary<string, object?> input, Dictionary<string, object?> spec);

    /// <summary>
    /// What a spec asks for, read from its JSON form (the GraphQL input shape: enum names, global IDs) without
    /// enqueuing anything: the task and provider it runs on, the fields it cannot run without and how many cost units
    /// (outputs, seconds) it is expected to use. Workflow validation and cost estimates are built on it.
    /// </summary>
    JobSpecTarget Target(JsonObject spec);
}

/// <param name="Provider">The spec's provider, or null for the task's default.</param>
/// <param name="RequiredFields">Fields of the spec (e.g. <c>sourceAssetIds</c>) the job needs: a workflow step must set them or bind them.</param>
/// <param name="Quantity">Expected cost units (outputs for per-output prices, seconds for per-second prices).</param>
public sealed record JobSpecTarget(string TaskName, string? Provider, IReadOnlyList<string> RequiredFields, double Quantity = 1);
