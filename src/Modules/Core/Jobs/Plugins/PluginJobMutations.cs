using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Jobs.Plugins;

/// <summary>The plugin worker protocol over GraphQL; callable with a module-scoped <c>plugin</c> API key.</summary>
internal sealed class PluginJobMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<ClaimJobPayloadType>>("claimJob")
            .Description("Plugin workers: takes the oldest QUEUED job of the module (RUNNING under this worker's lease); `job` is null when none waits.")
            .Argument<NonNullGraphType<ClaimJobInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var tasks = (input.GetValueOrDefault("taskNames") as IEnumerable<object?>)?.Cast<string>().ToList();
                return await c.Service<PluginJobHandler>().ClaimAsync((string)input["moduleName"]!, tasks, c.CancellationToken);
            });
        root.Field<NonNullGraphType<ReportJobProgressPayloadType>>("reportJobProgress")
            .Description("Plugin workers: progress 0..1 with a message (emits JOB_PROGRESS, renews the lease). InvalidStateError means stop: the job was cancelled or taken over.")
            .Argument<NonNullGraphType<ReportJobProgressInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var globalId = (string)input["jobId"]!;
                return await c.Service<PluginJobHandler>().ReportProgressAsync(GlobalId.DecodeFor("Job", globalId), globalId,
                    Convert.ToDouble(input["progress"], System.Globalization.CultureInfo.InvariantCulture), input.GetValueOrDefault("message") as string, c.CancellationToken);
            });
        root.Field<NonNullGraphType<CompleteJobPayloadType>>("completeJob")
            .Description("Plugin workers: completes a claimed job with its output (emits JOB_COMPLETED, records cost).")
            .Argument<NonNullGraphType<CompleteJobInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var globalId = (string)input["jobId"]!;
                var quantity = input.GetValueOrDefault("costQuantity") is { } q ? Convert.ToDouble(q, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;
                return await c.Service<PluginJobHandler>().CompleteAsync(GlobalId.DecodeFor("Job", globalId), globalId,
                    JsonValues.Serialize(input.GetValueOrDefault("output")), quantity, c.CancellationToken);
            });
        root.Field<NonNullGraphType<FailJobPayloadType>>("failJob")
            .Description("Plugin workers: fails a claimed job; retryable failures are queued again while attempts remain.")
            .Argument<NonNullGraphType<FailJobInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var globalId = (string)input["jobId"]!;
                return await c.Service<PluginJobHandler>().FailAsync(GlobalId.DecodeFor("Job", globalId), globalId,
                    (string)input["code"]!, (string)input["message"]!, (bool)input["retryable"]!, c.CancellationToken);
            });
    }
}
