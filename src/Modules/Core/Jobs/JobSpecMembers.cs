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
}
