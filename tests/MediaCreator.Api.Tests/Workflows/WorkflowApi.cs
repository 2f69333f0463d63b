using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Workflows;

/// <summary>Workflow mutations and waits shared by the workflow tests.</summary>
internal static class WorkflowApi
{
    public const string Errors = """
        errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { typeName }
                 ... on ProviderUnavailableError { provider capability }
                 ... on BudgetExceededError { budget { amount currency } estimatedCost { amount currency } } }
        """;

    public const string StateErrors = "errors { __typename ... on Error { message } ... on NotFoundError { typeName } ... on InvalidStateError { currentState } }";

    public const string Run = """
        id status progress errorMessage pausedReason onStepFailure estimatedCost { amount currency } totalCost { amount currency }
        startedAt completedAt outputs { id fileName }
        episode { id title status description primaryAsset { id type } series { name } metadata }
        steps { key name status progress attempt maxAttempts taskName provider dependsOn errorCode errorMessage jobSpec
                estimatedCost { amount currency } startedAt completedAt
                bindings { targetField fromStep outputIndex }
                job { id status provider outputPayload failure { code message } outputs { id type fileName mimeType url } }
                attempts { id status } }
        """;

    /// <summary>A <c>core.echo</c> step (quick, scriptable failures and outputs).</summary>
    public static object Echo(string key, object payload, string[]? dependsOn = null, object[]? bindings = null, object? retry = null) =>
        new { key, name = key, dependsOn, bindings, retry, job = new { generic = new { moduleName = "core", taskName = "core.echo", payload } } };

    public static async Task<JsonNode> StartAsync(GraphQLClient client, object input)
    {
        var data = await client.DataAsync($$"""mutation($input: RunWorkflowInput!) { runWorkflow(input: $input) { workflowRun { {{Run}} } {{Errors}} } }""", new { input });
        return data["runWorkflow"]!;
    }

    public static async Task<JsonNode> GetAsync(GraphQLClient client, string id) =>
        (await client.DataAsync($$"""query($id: ID!) { workflowRun(id: $id) { {{Run}} } }""", new { id }))["workflowRun"]!;

    /// <summary>Polls <c>workflowRun(id)</c> until <paramref name="accept"/> holds (60 s unless told).</summary>
    public static async Task<JsonNode> UntilAsync(GraphQLClient client, string id, Func<JsonNode, bool> accept, TimeSpan? timeout = null)
    {
        JsonNode? run = null;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            run = await GetAsync(client, id);
            if (accept(run)) return run;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"workflow run {id} never reached the expected state; last seen: {run}");
    }

    public static Task<JsonNode> UntilStatusAsync(GraphQLClient client, string id, string status, TimeSpan? timeout = null) =>
        UntilAsync(client, id, r => r["status"]!.GetValue<string>() == status, timeout);

    public static JsonNode Step(JsonNode run, string key) => run["steps"]!.AsArray().First(s => s!["key"]!.GetValue<string>() == key)!;

    public static async Task<JsonNode> MutateAsync(GraphQLClient client, string mutation, object input, string result = "workflowRun { id status pausedReason errorMessage }")
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await client.DataAsync($$"""mutation($input: {{type}}!) { {{mutation}}(input: $input) { {{result}} {{StateErrors}} } }""", new { input });
        return data[mutation]!;
    }
}
