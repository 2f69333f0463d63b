using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;

namespace MediaCreator.Api.Tests.Jobs;

/// <summary>createJob → outbox → queue → in-process worker → COMPLETED/FAILED, through the public API.</summary>
public sealed class JobEngineTests : IAsyncLifetime
{
    internal const string CreateJob = """
        mutation($input: CreateJobInput!) { createJob(input: $input) {
          job { id status taskName provider attempt maxAttempts estimatedCost { amount currency } }
          errors { __typename ... on ValidationError { field code message } ... on NotFoundError { typeName }
                   ... on ProviderUnavailableError { provider capability } ... on BudgetExceededError { estimatedCost { amount } } } } }
        """;

    internal const string JobQuery = """
        query($id: ID!) { job(id: $id) { status progress message attempt outputPayload failure { code message retryable } costRecords { provider totalCost } completedAt } }
        """;

    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;
    private string _projectId = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync(settings: JobTestSettings.Fast);
        _client = GraphQLClient.AsUser(_factory, _owner);
        var data = await _client.DataAsync("""mutation { createProject(input: { name: "Jobs" }) { project { id } } }""");
        _projectId = data["createProject"]!["project"]!["id"]!.GetValue<string>();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private object Echo(object payload, string taskName = "core.echo", string moduleName = "core", string? provider = null, Guid? key = null) =>
        new { input = new { projectId = _projectId, idempotencyKey = key, spec = new { generic = new { moduleName, taskName, provider, payload } } } };

    [Fact]
    public async Task CreateJob_ReturnsQueued_ThenTheWorkerCompletesIt()
    {
        var data = await _client.DataAsync(CreateJob, Echo(new { message = "hello", steps = 3, delayMs = 20 }));
        var job = data["createJob"]!["job"]!;
        Assert.Equal("QUEUED", job["status"]!.GetValue<string>());
        Assert.Equal("builtin", job["provider"]!.GetValue<string>());
        var done = await JobWaits.UntilAsync(_client, job["id"]!.GetValue<string>(), "COMPLETED");
        Assert.Equal(1.0, done["progress"]!.GetValue<double>());
        Assert.Equal("hello", done["outputPayload"]!["message"]!.GetValue<string>());
        Assert.Equal(1, done["attempt"]!.GetValue<int>());
        Assert.Single(done["costRecords"]!.AsArray());
    }

    [Fact]
    public async Task RetryableFailures_AreRetriedWithBackoff_ThenFailForGood()
    {
        var recovering = await _client.DataAsync(CreateJob, Echo(new { message = "second time lucky", failTimes = 1 }));
        var exhausted = await _client.DataAsync(CreateJob, Echo(new { message = "never", failTimes = 5 }));
        var ok = await JobWaits.UntilAsync(_client, recovering["createJob"]!["job"]!["id"]!.GetValue<string>(), "COMPLETED");
        Assert.Equal(2, ok["attempt"]!.GetValue<int>());
        var failed = await JobWaits.UntilAsync(_client, exhausted["createJob"]!["job"]!["id"]!.GetValue<string>(), "FAILED");
        Assert.Equal(3, failed["attempt"]!.GetValue<int>());
        Assert.Equal("ECHO_FAILURE", failed["failure"]!["code"]!.GetValue<string>());
        Assert.NotNull(failed["completedAt"]);
    }

    [Fact]
    public async Task RetriedJob_KeepsExactlyOneOutputAssetAndOneCostRecord()
    {
        var data = await _client.DataAsync(CreateJob, Echo(new { message = "written once", failTimes = 2, writeOutput = true }));
        var id = data["createJob"]!["job"]!["id"]!.GetValue<string>();
        var done = await JobWaits.UntilAsync(_client, id, "COMPLETED");
        Assert.Equal(3, done["attempt"]!.GetValue<int>());
        var outputs = await _client.DataAsync("""
            query($id: ID!) { job(id: $id) { outputs { fileName mimeType sizeBytes sourceJob { id } } costRecords { quantity } }
                              assets(where: { sourceJobId: { eq: $id } }) { totalCount } }
            """, new { id });
        var asset = Assert.Single(outputs["job"]!["outputs"]!.AsArray())!;
        Assert.Equal("echo.txt", asset["fileName"]!.GetValue<string>());
        Assert.Equal("written once".Length, asset["sizeBytes"]!.GetValue<long>());
        Assert.Equal(id, asset["sourceJob"]!["id"]!.GetValue<string>());
        Assert.Equal(1, outputs["assets"]!["totalCount"]!.GetValue<int>());
        // Three attempts each recorded the cost; the job keeps one record.
        Assert.Single(outputs["job"]!["costRecords"]!.AsArray());
    }

    [Fact]
    public async Task CancelJob_StopsARunningJob_AndRetryJobRunsItAgain()
    {
        var data = await _client.DataAsync(CreateJob, Echo(new { message = "long", steps = 200, delayMs = 50 }));
        var id = data["createJob"]!["job"]!["id"]!.GetValue<string>();
        await JobWaits.UntilAsync(_client, id, "RUNNING");
        var cancelled = await _client.DataAsync("mutation($id: ID!) { cancelJob(input: { jobId: $id }) { job { status } errors { __typename } } }", new { id });
        Assert.Equal("CANCELLED", cancelled["cancelJob"]!["job"]!["status"]!.GetValue<string>());
        await Task.Delay(500);
        var after = await _client.DataAsync(JobQuery, new { id });
        Assert.Equal("CANCELLED", after["job"]!["status"]!.GetValue<string>());
        var progress = after["job"]!["progress"]!.GetValue<double>();
        await Task.Delay(500);
        var later = await _client.DataAsync(JobQuery, new { id });
        Assert.Equal(progress, later["job"]!["progress"]!.GetValue<double>());

        var again = await _client.DataAsync("mutation($id: ID!) { cancelJob(input: { jobId: $id }) { errors { __typename ... on InvalidStateError { currentState } } } }", new { id });
        Assert.Equal("CANCELLED", again["cancelJob"]!["errors"]![0]!["currentState"]!.GetValue<string>());
        var retried = await _client.DataAsync("mutation($id: ID!) { retryJob(input: { jobId: $id }) { job { status attempt } } }", new { id });
        Assert.Equal("QUEUED", retried["retryJob"]!["job"]!["status"]!.GetValue<string>());
        await JobWaits.UntilAsync(_client, id, "RUNNING");
    }

    [Fact]
    public async Task CreateJob_WithBadInput_ReturnsTypedErrors()
    {
        var schema = await _client.DataAsync(CreateJob, Echo(new { steps = -1, extra = true }));
        var codes = Codes(schema);
        Assert.Contains("SCHEMA_REQUIRED", codes);
        Assert.Contains("SCHEMA_MINIMUM", codes);
        Assert.Null(schema["createJob"]!["job"]);
        Assert.Equal(["UNKNOWN_TASK"], Codes(await _client.DataAsync(CreateJob, Echo(new { message = "x" }, taskName: "core.nope"))));
        Assert.Equal(["UNKNOWN_MODULE"], Codes(await _client.DataAsync(CreateJob, Echo(new { message = "x" }, moduleName: "nope"))));
        var provider = await _client.DataAsync(CreateJob, Echo(new { message = "x" }, provider: "openai"));
        Assert.Equal("ProviderUnavailableError", provider["createJob"]!["errors"]![0]!["__typename"]!.GetValue<string>());

        var stranger = GraphQLClient.AsUser(_factory, Guid.NewGuid());
        var notMine = await stranger.DataAsync(CreateJob, Echo(new { message = "x" }));
        Assert.Equal("NotFoundError", notMine["createJob"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        var jobs = await _client.DataAsync("{ jobs { totalCount } }");
        Assert.Equal(0, jobs["jobs"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task IdempotencyKey_ReturnsTheSameJob()
    {
        var key = Guid.NewGuid();
        var first = await _client.DataAsync(CreateJob, Echo(new { message = "once" }, key: key));
        var second = await _client.DataAsync(CreateJob, Echo(new { message = "once" }, key: key));
        Assert.Equal(first["createJob"]!["job"]!["id"]!.GetValue<string>(), second["createJob"]!["job"]!["id"]!.GetValue<string>());
        var jobs = await _client.DataAsync("{ jobs { totalCount } }");
        Assert.Equal(1, jobs["jobs"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Modules_ListCoreEchoAsACapability()
    {
        var data = await _client.DataAsync("""{ moduleByName(name: "core") { capabilities { key taskName jobKind inputSchema defaultProvider { key } } } }""");
        var echo = data["moduleByName"]!["capabilities"]!.AsArray().Single(c => c!["key"]!.GetValue<string>() == "core.echo")!;
        Assert.Equal("GENERIC", echo["jobKind"]!.GetValue<string>());
        Assert.Equal("object", echo["inputSchema"]!["type"]!.GetValue<string>());
    }

    private static List<string> Codes(JsonNode data) =>
        data["createJob"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
}
