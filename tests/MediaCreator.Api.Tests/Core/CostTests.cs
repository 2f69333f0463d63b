using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;

namespace MediaCreator.Api.Tests.Core;

public sealed class CostTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;
    private string _projectId = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync();
        _client = GraphQLClient.AsUser(_factory, _owner);
        var data = await _client.DataAsync("""mutation { createProject(input: { name: "Costly", budget: { limit: 10, currency: "USD" } }) { project { id } } }""");
        _projectId = data["createProject"]!["project"]!["id"]!.GetValue<string>();
        var projectId = GlobalId.DecodeFor("Project", _projectId);
        var done = await TestData.SeedJobAsync(_factory, _owner, projectId, j => { j.Status = JobStatus.Completed; j.Provider = "openai-images"; });
        var other = await TestData.SeedJobAsync(_factory, _owner, projectId, j => { j.Status = JobStatus.Completed; j.Provider = "skia"; });
        await TestData.SeedJobAsync(_factory, _owner, projectId, j => { j.Status = JobStatus.Queued; j.EstimatedCost = 1.25m; j.EstimatedCostCurrency = "USD"; });
        await TestData.WithDbAsync(_factory, _owner, async db =>
        {
            db.CostRecords.AddRange(
                Cost(done, "openai-images", "image", 2.5m, "USD"),
                Cost(done, "openai-images", "image", 0.5m, "USD"),
                Cost(other, "skia", "image", 0.25m, "USD"),
                Cost(other, "runway", "video", 99m, "THB"));
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private CostRecord Cost(Job job, string provider, string module, decimal amount, string currency) => new()
    {
        OwnerId = _owner, ProjectId = job.ProjectId, JobId = job.Id, Provider = provider, ModuleName = module, TotalCost = amount, Currency = currency,
    };

    [Fact]
    public async Task CostSummary_SumsRecordsInTheBudgetCurrency_WithPendingEstimates()
    {
        var data = await _client.DataAsync("""
            query($id: ID!) { project(id: $id) { costSummary { currency spent pending remaining usedFraction jobCount
                byProvider { key cost jobCount } byModule { key cost } } } }
            """, new { id = _projectId });
        var summary = data["project"]!["costSummary"]!;
        Assert.Equal("USD", summary["currency"]!.GetValue<string>());
        Assert.Equal(3.25m, summary["spent"]!.GetValue<decimal>());
        Assert.Equal(1.25m, summary["pending"]!.GetValue<decimal>());
        Assert.Equal(5.5m, summary["remaining"]!.GetValue<decimal>());
        Assert.Equal(0.325, summary["usedFraction"]!.GetValue<double>(), 6);
        Assert.Equal(2, summary["jobCount"]!.GetValue<int>());
        Assert.Equal("openai-images", summary["byProvider"]![0]!["key"]!.GetValue<string>());
        Assert.Equal(3m, summary["byProvider"]![0]!["cost"]!.GetValue<decimal>());
        Assert.Equal(1, summary["byProvider"]![0]!["jobCount"]!.GetValue<int>());
        Assert.Single(summary["byModule"]!.AsArray());
    }

    [Fact]
    public async Task CostRecords_FilterSortAndJobTotals()
    {
        var data = await _client.DataAsync("""
            query($id: ID!) { project(id: $id) {
              usd: costRecords(where: { currency: { eq: "USD" }, totalCost: { gte: 0.5 } }, order: [{ totalCost: DESC }]) { totalCount nodes { provider totalCost job { provider totalCost { amount currency } costRecords { totalCost } } } }
              jobs(where: { status: { eq: QUEUED } }) { nodes { estimatedCost { amount currency } } }
            } }
            """, new { id = _projectId });
        var usd = data["project"]!["usd"]!;
        Assert.Equal(2, usd["totalCount"]!.GetValue<int>());
        Assert.Equal([2.5m, 0.5m], usd["nodes"]!.AsArray().Select(n => n!["totalCost"]!.GetValue<decimal>()));
        Assert.Equal(3m, usd["nodes"]![0]!["job"]!["totalCost"]!["amount"]!.GetValue<decimal>());
        Assert.Equal(2, usd["nodes"]![0]!["job"]!["costRecords"]!.AsArray().Count);
        Assert.Equal(1.25m, data["project"]!["jobs"]!["nodes"]![0]!["estimatedCost"]!["amount"]!.GetValue<decimal>());
    }
}
