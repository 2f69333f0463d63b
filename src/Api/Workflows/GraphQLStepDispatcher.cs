using System.Text.Json.Nodes;
using GraphQL;
using MediaCreator.Api.GraphQL;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Core.Workflows.Engine;

namespace MediaCreator.Api.Workflows;

/// <summary>
/// Dispatches a workflow step through our own schema's <c>createJob</c>: the step's stored <c>JobSpecInput</c> is a
/// variable, so it is coerced, validated, priced and budget-checked exactly as a client's request would be, and the
/// typed error comes back when it is refused. Runs in a scope of its own as the run's owner, with the run and step as
/// the job's origin (linked in the job's own transaction).
/// </summary>
internal sealed class GraphQLStepDispatcher(IServiceScopeFactory scopes, IDocumentExecuter<MediaCreatorSchema> executer, IGraphQLTextSerializer serializer)
    : IWorkflowStepDispatcher
{
    private const string CreateJob = """
        mutation DispatchWorkflowStep($input: CreateJobInput!) {
          createJob(input: $input) {
            job { id }
            errors { __typename ... on Error { message } ... on ValidationError { field code } }
          }
        }
        """;

    public async Task<StepDispatch> DispatchAsync(WorkflowRun run, WorkflowStepState step, string jobSpecJson, Guid idempotencyKey, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(run.OwnerId, [ApiKeyScopes.Full]);
        scope.ServiceProvider.GetRequiredService<JobOrigin>().SetWorkflowStep(run.Id, step.Key);
        var variables = new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["projectId"] = GlobalId.Encode("Project", run.ProjectId),
                ["spec"] = JsonNode.Parse(jobSpecJson),
                ["idempotencyKey"] = idempotencyKey.ToString(),
            },
        };
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = CreateJob,
            Variables = serializer.Deserialize<Inputs>(variables.ToJsonString()),
            RequestServices = scope.ServiceProvider,
            CancellationToken = ct,
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            // The spec no longer fits the schema (e.g. a bound field of the wrong type): a request error, not a crash.
            return new StepDispatch(null, "ValidationError", errors[0].Code ?? "INVALID_SPEC", string.Join("; ", errors.Select(e => e.Message)));
        }
        var payload = JsonNode.Parse(serializer.Serialize(result))?["data"]?["createJob"];
        if (payload?["job"]?["id"]?.GetValue<string>() is { } jobId)
            return new StepDispatch(GlobalId.DecodeFor("Job", jobId));
        var error = payload?["errors"]?.AsArray().FirstOrDefault();
        return new StepDispatch(null, error?["__typename"]?.GetValue<string>() ?? "Error", error?["code"]?.GetValue<string>(),
            error?["message"]?.GetValue<string>() ?? "createJob returned neither a job nor an error.");
    }
}
