using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Jobs;

internal sealed class JobMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<CreateJobPayloadType>>("createJob")
            .Description("Enqueues a job from a typed or generic job spec (REST `POST /jobs`). Returns the QUEUED job; emits JOB_CREATED.")
            .Argument<NonNullGraphType<CreateJobInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var spec = (Dictionary<string, object?>)input["spec"]!;
                var typed = c.RequestServices!.GetRequiredService<IEnumerable<IJobSpecMember>>()
                    .FirstOrDefault(m => spec.GetValueOrDefault(m.Name) is Dictionary<string, object?>);
                if (typed is not null) return await typed.EnqueueAsync(c, input, (Dictionary<string, object?>)spec[typed.Name]!);
                var generic = (Dictionary<string, object?>)spec["generic"]!;
                var command = new EnqueueJobCommand((string)input["projectId"]!, (string)generic["moduleName"]!, (string)generic["taskName"]!,
                    generic.GetValueOrDefault("provider") as string, JsonValues.Serialize(generic["payload"]) ?? "null",
                    input.GetValueOrDefault("runAfter") as DateTime?, input.GetValueOrDefault("idempotencyKey") as Guid?, "input.spec.generic");
                return await c.Service<JobEnqueuer>().EnqueueAsync(command, c.CancellationToken);
            });
        root.Field<NonNullGraphType<CancelJobPayloadType>>("cancelJob")
            .Description("Cancels a QUEUED or RUNNING job.")
            .Argument<NonNullGraphType<JobIdInputType>>("input")
            .ResolveAsync(async c =>
            {
                var globalId = (string)c.GetArgument<Dictionary<string, object?>>("input")["jobId"]!;
                return await c.Service<JobControlHandler>().CancelAsync(GlobalId.DecodeFor("Job", globalId), globalId, c.CancellationToken);
            });
        root.Field<NonNullGraphType<RetryJobPayloadType>>("retryJob")
            .Description("Re-enqueues a FAILED or CANCELLED job, optionally on another provider.")
            .Argument<NonNullGraphType<RetryJobInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var globalId = (string)input["jobId"]!;
                return await c.Service<JobControlHandler>().RetryAsync(GlobalId.DecodeFor("Job", globalId), globalId,
                    input.GetValueOrDefault("provider") as string, c.CancellationToken);
            });
    }
}
