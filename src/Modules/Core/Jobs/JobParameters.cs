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
