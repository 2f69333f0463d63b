using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Api.Tests.Transport.Host;
using static MediaCreator.Api.Tests.Workflows.WorkflowApi;

namespace MediaCreator.Api.Tests.Workflows;

/// <summary>
/// The orchestrator through the public API with the in-process worker: typed DAG validation, dispatch in dependency
/// order with outputs bound into later steps, per-step retries, STOP/CONTINUE failure policies, cancel, budget pause
/// and resume, cost estimates, events and owner isolation.
/// </summary>
public sealed class WorkflowRunTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;
    private string _project = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.StartKestrelAsync(settings: JobTestSettings.Fast);
        _client = GraphQLClient.AsUser(_factory, _owner);
        var data = await _client.DataAsync("""mutation { createProject(input: { name: "Workflows" }) { project { id } } }""");
        _project = data["createProject"]!["project"]!["id"]!.GetValue<string>();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Steps_RunInDependencyOrder_WithUpstreamOutputsBound_AndEventsOnTheRunsSubscription()
    {
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_owner) });
        await ws.SendAsync(new { type = "subscribe", id = "p", payload = new {
            query = """
                subscription($p: ID!) { onProjectEvent(projectId: $p, types: [WORKFLOW_STARTED, WORKFLOW_COMPLETED]) {
                  type ... on WorkflowRunEvent { workflowRun { id status } } } }
                """,
            variables = new { p = _project } } });
        await Task.Delay(300); // the subscription is set up asynchronously on the server

        var started = await StartAsync(_client, new
        {
            projectId = _project, name = "fan-in",
            steps = new[]
            {
                Echo("collect", new { message = "collected" }, ["left", "right"],
                    [new { targetField = "generic.payload.inputs", fromStep = "left" }]),
                Echo("left", new { message = "left side", writeOutput = true, steps = 3, delayMs = 100 }),
                Echo("right", new { message = "right side", writeOutput = true }),
            },
        });
        Assert.True(started["errors"] is null, started.ToJsonString());
        var run = started["workflowRun"]!;
        var id = run["id"]!.GetValue<string>();
        Assert.Equal("RUNNING", run["status"]!.GetValue<string>());
        // Stored in dependency order: the two sources, then the step that needs both.
        Assert.Equal(["left", "right", "collect"], run["steps"]!.AsArray().Select(s => s!["key"]!.GetValue<string>()));

        var done = await UntilStatusAsync(_client, id, "COMPLETED");
        Assert.Equal(1.0, done["progress"]!.GetValue<double>());
        var left = Step(done, "left");
        var collect = Step(done, "collect");
        var leftOutput = left["job"]!["outputs"]![0]!["id"]!.GetValue<string>();
        // The collect step's job got left's output asset id at the bound field, and started after both sources ended.
        Assert.Equal([leftOutput], collect["job"]!["outputPayload"]!["inputs"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.True(DateTime.Parse(collect["startedAt"]!.GetValue<string>()) >= DateTime.Parse(left["completedAt"]!.GetValue<string>()));
        Assert.All(done["steps"]!.AsArray(), s => Assert.Equal(1, s!["attempt"]!.GetValue<int>()));
        Assert.Equal(2, done["outputs"]!.AsArray().Count);

        // The step jobs' events reach the run's subscribers with their step; the run's lifecycle reaches the project's.
        var types = new List<string>();
        while (types.Count < 2)
        {
            var e = (await ws.ReceiveAsync(TimeSpan.FromSeconds(10))).GetProperty("payload").GetProperty("data").GetProperty("onProjectEvent");
            Assert.Equal(id, e.GetProperty("workflowRun").GetProperty("id").GetString());
            types.Add(e.GetProperty("type").GetString()!);
        }
        Assert.Equal(["WORKFLOW_STARTED", "WORKFLOW_COMPLETED"], types);
    }

    [Fact]
    public async Task RunSubscription_CarriesStepJobEventsWithTheirStep()
    {
        var started = await StartAsync(_client, new
        {
            projectId = _project,
            steps = new[] { Echo("slow", new { message = "slow", steps = 10, delayMs = 300 }), Echo("after", new { message = "after" }, ["slow"]) },
        });
        var id = started["workflowRun"]!["id"]!.GetValue<string>();
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_owner) });
        await ws.SendAsync(new { type = "subscribe", id = "w", payload = new {
            query = "subscription($id: ID!) { onWorkflowRunUpdated(workflowRunId: $id) { type step { key } job { id } workflowRun { status } } }",
            variables = new { id } } });
        var seen = new List<(string Type, string? Step)>();
        while (seen.Count == 0 || seen[^1].Type != "WORKFLOW_COMPLETED")
        {
            var e = (await ws.ReceiveAsync(TimeSpan.FromSeconds(20))).GetProperty("payload").GetProperty("data").GetProperty("onWorkflowRunUpdated");
            seen.Add((e.GetProperty("type").GetString()!, e.GetProperty("step").ValueKind == JsonValueKind.Null ? null : e.GetProperty("step").GetProperty("key").GetString()));
        }
        Assert.Contains(("JOB_PROGRESS", "slow"), seen);
        Assert.Contains(("JOB_CREATED", "after"), seen);
        Assert.Contains(("JOB_COMPLETED", "after"), seen);
        Assert.True(seen.FindIndex(s => s == ("JOB_COMPLETED", "slow")) < seen.FindIndex(s => s == ("JOB_CREATED", "after")));
    }

    [Fact]
    public async Task InvalidGraphs_AreRefusedWithTypedErrors_AndNothingStarts()
    {
        async Task<JsonArray> ErrorsOf(params object[] steps)
        {
            var payload = await StartAsync(_client, new { projectId = _project, steps });
            Assert.True(payload["workflowRun"] is null);
            return payload["errors"]!.AsArray();
        }

        var cycle = await ErrorsOf(Echo("a", new { message = "a" }, ["b"]), Echo("b", new { message = "b" }, ["a"]));
        Assert.Equal("CYCLE", cycle[0]!["code"]!.GetValue<string>());
        Assert.Contains("a -> b", cycle[0]!["message"]!.GetValue<string>().Replace("b -> a", "a -> b"));

        var unknown = await ErrorsOf(Echo("a", new { message = "a" }, ["ghost"]));
        Assert.Equal(("UNKNOWN_STEP", "input.steps[0].dependsOn[0]"), (unknown[0]!["code"]!.GetValue<string>(), unknown[0]!["field"]!.GetValue<string>()));

        var duplicate = await ErrorsOf(Echo("a", new { message = "1" }), Echo("a", new { message = "2" }));
        Assert.Equal("DUPLICATE_STEP", duplicate[0]!["code"]!.GetValue<string>());

        var task = await ErrorsOf(new { key = "x", job = new { generic = new { moduleName = "core", taskName = "core.nothing", payload = new { } } } });
        Assert.Equal("UNKNOWN_TASK", task[0]!["code"]!.GetValue<string>());

        var provider = await ErrorsOf(new { key = "img", job = new { image = new { mode = "GENERATE", prompt = "a fox", provider = "runway" } } });
        Assert.Equal(("ProviderUnavailableError", "runway"), (provider[0]!["__typename"]!.GetValue<string>(), provider[0]!["provider"]!.GetValue<string>()));

        var badTarget = await ErrorsOf(
            Echo("a", new { message = "a", writeOutput = true }),
            new { key = "img", bindings = new[] { new { targetField = "image.prompt", fromStep = "a" } }, job = new { image = new { mode = "GENERATE", prompt = "x" } } });
        Assert.Equal("INVALID_BINDING", badTarget[0]!["code"]!.GetValue<string>());

        var missing = await ErrorsOf(new { key = "cut", job = new { video = new { mode = "EDIT", operations = new[] { new { trim = new { startSeconds = 0, endSeconds = 1 } } } } } });
        Assert.Equal(("MISSING_BINDING", "input.steps[0].bindings"), (missing[0]!["code"]!.GetValue<string>(), missing[0]!["field"]!.GetValue<string>()));

        var empty = await ErrorsOf();
        Assert.Equal("EMPTY_WORKFLOW", empty[0]!["code"]!.GetValue<string>());

        var runs = await _client.DataAsync("query { workflowRuns { totalCount } }");
        Assert.Equal(0, runs["workflowRuns"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task FailedStep_IsRetriedPerItsPolicy_ThenStopCancelsTheRest()
    {
        var run = (await StartAsync(_client, new
        {
            projectId = _project,
            steps = new[]
            {
                Echo("flaky", new { message = "never", failTimes = 9 }, retry: new { maxAttempts = 2, delaySeconds = 0 }),
                Echo("long", new { message = "long", steps = 100, delayMs = 200 }),
                Echo("after", new { message = "after" }, ["flaky"]),
            },
        }))["workflowRun"]!;
        var failed = await UntilStatusAsync(_client, run["id"]!.GetValue<string>(), "FAILED");
        var flaky = Step(failed, "flaky");
        Assert.Equal(("FAILED", "ECHO_FAILURE", 2), (flaky["status"]!.GetValue<string>(), flaky["errorCode"]!.GetValue<string>(), flaky["attempt"]!.GetValue<int>()));
        Assert.Equal(["FAILED", "FAILED"], flaky["attempts"]!.AsArray().Select(j => j!["status"]!.GetValue<string>()));
        Assert.Equal("CANCELLED", Step(failed, "long")["status"]!.GetValue<string>());
        Assert.Equal("CANCELLED", Step(failed, "long")["job"]!["status"]!.GetValue<string>());
        Assert.Equal("SKIPPED", Step(failed, "after")["status"]!.GetValue<string>());
        Assert.Null(Step(failed, "after")["job"]);
        Assert.Contains("flaky", failed["errorMessage"]!.GetValue<string>());
    }

    [Fact]
    public async Task ContinuePolicy_FinishesIndependentSteps_AndSkipsTheFailedStepsDependents()
    {
        var run = (await StartAsync(_client, new
        {
            projectId = _project, onStepFailure = "CONTINUE",
            steps = new[]
            {
                Echo("broken", new { message = "x", failTimes = 9 }),
                Echo("needs-broken", new { message = "y" }, ["broken"]),
                Echo("then", new { message = "z" }, ["needs-broken"]),
                Echo("independent", new { message = "fine", steps = 2, delayMs = 200 }),
            },
        }))["workflowRun"]!;
        var failed = await UntilStatusAsync(_client, run["id"]!.GetValue<string>(), "FAILED");
        Assert.Equal("CONTINUE", failed["onStepFailure"]!.GetValue<string>());
        Assert.Equal("COMPLETED", Step(failed, "independent")["status"]!.GetValue<string>());
        Assert.Equal("SKIPPED", Step(failed, "needs-broken")["status"]!.GetValue<string>());
        Assert.Equal("SKIPPED", Step(failed, "then")["status"]!.GetValue<string>());
        Assert.Contains("broken", Step(failed, "then")["errorMessage"]!.GetValue<string>().Replace("needs-broken", "broken"));
    }

    [Fact]
    public async Task Cancel_StopsTheRunningStepJob_AndASecondCancelIsAnInvalidState()
    {
        var run = (await StartAsync(_client, new
        {
            projectId = _project,
            steps = new[] { Echo("long", new { message = "long", steps = 100, delayMs = 200 }), Echo("next", new { message = "n" }, ["long"]) },
        }))["workflowRun"]!;
        var id = run["id"]!.GetValue<string>();
        await UntilAsync(_client, id, r => Step(r, "long")["status"]!.GetValue<string>() == "RUNNING");

        var cancelled = await MutateAsync(_client, "cancelWorkflowRun", new { workflowRunId = id });
        Assert.Equal("CANCELLED", cancelled["workflowRun"]!["status"]!.GetValue<string>());
        var after = await GetAsync(_client, id);
        Assert.Equal("CANCELLED", Step(after, "long")["job"]!["status"]!.GetValue<string>());
        Assert.Equal("CANCELLED", Step(after, "next")["status"]!.GetValue<string>());

        var again = await MutateAsync(_client, "cancelWorkflowRun", new { workflowRunId = id });
        Assert.Equal(("InvalidStateError", "CANCELLED"), (again["errors"]![0]!["__typename"]!.GetValue<string>(), again["errors"]![0]!["currentState"]!.GetValue<string>()));
    }

    [Fact]
    public async Task StepOverBudget_PausesTheRun_ThenRaisingTheBudgetAndResumingDispatchesIt()
    {
        await _client.DataAsync("""
            mutation($p: ID!) { setProjectBudget(input: { projectId: $p, budget: { limit: 0.03, currency: "USD", enforcement: BLOCK_NEW_JOBS } }) { project { id } } }
            """, new { p = _project });
        var steps = new object[]
        {
            Echo("free", new { message = "costs nothing" }),
            new { key = "paid", dependsOn = new[] { "free" }, job = new { image = new { mode = "GENERATE", prompt = "a red fox", provider = "openai-images" } } },
        };

        var estimate = await _client.DataAsync("""
            query($input: EstimateWorkflowCostInput!) { estimateWorkflowCost(input: $input) {
              total { amount currency } withinBudget remainingBudget { amount } steps { key provider estimatedCost { amount } } errors { __typename } } }
            """, new { input = new { projectId = _project, steps } });
        var priced = estimate["estimateWorkflowCost"]!;
        Assert.Equal(0.04m, priced["total"]!["amount"]!.GetValue<decimal>());
        Assert.False(priced["withinBudget"]!.GetValue<bool>());
        Assert.Equal(0.03m, priced["remainingBudget"]!["amount"]!.GetValue<decimal>());

        var run = (await StartAsync(_client, new { projectId = _project, steps }))["workflowRun"]!;
        var id = run["id"]!.GetValue<string>();
        var paused = await UntilStatusAsync(_client, id, "PAUSED");
        Assert.Equal("BUDGET_EXCEEDED", paused["pausedReason"]!.GetValue<string>());
        Assert.Equal("COMPLETED", Step(paused, "free")["status"]!.GetValue<string>());
        Assert.Equal(("PENDING", 0), (Step(paused, "paid")["status"]!.GetValue<string>(), Step(paused, "paid")["attempt"]!.GetValue<int>()));
        Assert.Null(Step(paused, "paid")["job"]);

        // Still paused a moment later: nothing is dispatched behind the owner's back.
        await Task.Delay(600);
        Assert.Equal("PAUSED", (await GetAsync(_client, id))["status"]!.GetValue<string>());

        await _client.DataAsync("""
            mutation($p: ID!) { setProjectBudget(input: { projectId: $p, budget: { limit: 1, currency: "USD", enforcement: BLOCK_NEW_JOBS } }) { project { id } } }
            """, new { p = _project });
        var resumed = await MutateAsync(_client, "resumeWorkflowRun", new { workflowRunId = id });
        Assert.Equal("RUNNING", resumed["workflowRun"]!["status"]!.GetValue<string>());
        // The step now goes out on its priced provider; unconfigured here, so it fails with the provider's reason, recorded.
        var ended = await UntilAsync(_client, id, r => r["status"]!.GetValue<string>() is "FAILED" or "COMPLETED");
        var paid = Step(ended, "paid");
        Assert.Equal("openai-images", paid["job"]!["provider"]!.GetValue<string>());
        Assert.Equal("FAILED", ended["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(paid["job"]!["failure"]!["message"]!.GetValue<string>()));
        Assert.Equal(0.04m, paid["estimatedCost"]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task BudgetThatCannotPayTheFirstSteps_RefusesTheRun()
    {
        await _client.DataAsync("""
            mutation($p: ID!) { setProjectBudget(input: { projectId: $p, budget: { limit: 0.01, currency: "USD", enforcement: BLOCK_NEW_JOBS } }) { project { id } } }
            """, new { p = _project });
        var payload = await StartAsync(_client, new
        {
            projectId = _project,
            steps = new object[] { new { key = "paid", job = new { image = new { mode = "GENERATE", prompt = "a fox", provider = "openai-images" } } } },
        });
        var error = payload["errors"]![0]!;
        Assert.Equal("BudgetExceededError", error["__typename"]!.GetValue<string>());
        Assert.Equal(0.04m, error["estimatedCost"]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task EstimateWorkflowCost_SumsPerSecondAndPerOutputPrices()
    {
        var estimate = await _client.DataAsync("""
            query($input: EstimateWorkflowCostInput!) { estimateWorkflowCost(input: $input) {
              total { amount currency } totals { amount currency } withinBudget remainingBudget { amount } steps { key taskName provider estimatedCost { amount currency } } errors { __typename } } }
            """, new { input = new { projectId = _project, steps = new object[]
            {
                new { key = "clip", job = new { video = new { mode = "GENERATE", prompt = "a fox", provider = "runway", durationSeconds = 10 } } },
                new { key = "stills", job = new { image = new { mode = "BATCH", prompt = "a fox", batchCount = 3, provider = "flux" } } },
                new { key = "music", job = new { audio = new { mode = "GENERATE", prompt = "calm", durationSeconds = 30 } } },
            } } });
        var e = estimate["estimateWorkflowCost"]!;
        Assert.Empty(e["errors"]!.AsArray());
        var steps = e["steps"]!.AsArray().ToDictionary(s => s!["key"]!.GetValue<string>(), s => s!["estimatedCost"]!["amount"]!.GetValue<decimal>());
        Assert.Equal(0.50m, steps["clip"]);   // 10 s x 0.05 USD/s
        Assert.Equal(0.12m, steps["stills"]); // 3 images x 0.04 USD
        Assert.Equal(0m, steps["music"]);     // the built-in composer
        Assert.Equal(0.62m, e["total"]!["amount"]!.GetValue<decimal>());
        Assert.True(e["withinBudget"]!.GetValue<bool>());
        Assert.Null(e["remainingBudget"]);
    }

    [Fact]
    public async Task AnotherOwner_SeesNoRun_AndCannotCancelOrResumeIt()
    {
        var run = (await StartAsync(_client, new { projectId = _project, steps = new[] { Echo("a", new { message = "mine", steps = 20, delayMs = 100 }) } }))["workflowRun"]!;
        var id = run["id"]!.GetValue<string>();
        var stranger = GraphQLClient.AsUser(_factory, Guid.NewGuid());
        var seen = await stranger.DataAsync("query($id: ID!) { workflowRun(id: $id) { id } node(id: $id) { id } workflowRuns { totalCount } }", new { id });
        Assert.Null(seen["workflowRun"]);
        Assert.Null(seen["node"]);
        Assert.Equal(0, seen["workflowRuns"]!["totalCount"]!.GetValue<int>());
        foreach (var mutation in new[] { "cancelWorkflowRun", "resumeWorkflowRun" })
        {
            var refused = await MutateAsync(stranger, mutation, new { workflowRunId = id });
            Assert.Equal("NotFoundError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        }
        var other = await stranger.DataAsync("""mutation { createProject(input: { name: "theirs" }) { project { id } } }""");
        var foreign = await StartAsync(stranger, new { projectId = _project, steps = new[] { Echo("a", new { message = "x" }) } });
        Assert.Equal("NotFoundError", foreign["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.NotNull(other["createProject"]!["project"]);
        await UntilStatusAsync(_client, id, "COMPLETED");
    }
}
