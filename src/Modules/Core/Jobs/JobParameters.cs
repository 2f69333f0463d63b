using System.Text.Json;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Core.Jobs;

/// <summary>
/// A module's typed view of its jobs' <c>input_payload</c> (a member of the <c>JobParameters</c> union, e.g.
/// <c>ImageJobParameters</c>). Jobs no view claims show as <c>GenericJobParameters</c>.
/// </summary>
public interface IJobParametersView
{
    /// <summary>The object graph type of the view; its <c>IsTypeOf</c> must accept what <see cref="Read"/> returns.</summary>
    Type GraphType { get; }

    /// <summary>The typed parameters of <paramref name="job"/>, or null when the job is not this module's.</summary>
    object? Read(Job job);
}

/// <summary>Parameters of a job no module view claims: the task and its raw payload.</summary>
public sealed record GenericJobParameters(string ModuleName, string TaskName, JsonElement Payload);

internal sealed class GenericJobParametersType : ObjectGraphType<GenericJobParameters>
{
    public GenericJobParametersType()
    {
        Name = "GenericJobParameters";
        Description = "Input of a job without a typed view (`jobs.run_generic_task`, plugin tasks).";
        Field(x => x.ModuleName);
        Field(x => x.TaskName);
        Field<NonNullGraphType<JsonScalarType>>("payload").Resolve(c => c.Source.Payload);
        IsTypeOf = o => o is GenericJobParameters;
    }
}

/// <summary>The <c>JobParameters</c> union: every module's view plus the generic one.</summary>
internal sealed class JobParametersType : UnionGraphType
{
    public JobParametersType(IEnumerable<IJobParametersView> views)
    {
        Name = "JobParameters";
        Description = "Typed job input payload.";
        foreach (var view in views) Type(view.GraphType);
        Type<GenericJobParametersType>();
    }
}

/// <summary>
/// A module's typed non-asset result of its jobs (a member of the <c>JobResult</c> union: AudioAnalysis, StemGroup,
/// TabRecord, later SubtitleResult, PublicationRecord...). <c>Job.result</c> is null when no view has one.
/// </summary>
public interface IJobResultView
{
    /// <summary>The object graph types this view returns; their <c>IsTypeOf</c> must accept what <see cref="ReadAsync"/> returns.</summary>
    IReadOnlyList<Type> GraphTypes { get; }

    /// <summary>The job's result, or null when the job is not this module's or has none (yet).</summary>
    Task<object?> ReadAsync(Job job, IServiceProvider services, CancellationToken ct);
}

/// <summary>The <c>JobResult</c> union of every module's result types.</summary>
internal sealed class JobResultType : UnionGraphType
{
    public JobResultType(IEnumerable<IJobResultView> views)
    {
        Name = "JobResult";
        Description = "Typed non-asset result of a job (analysis, stems, tab, subtitles, publication, sync).";
        foreach (var type in views.SelectMany(v => v.GraphTypes).Distinct()) Type(type);
    }
}
