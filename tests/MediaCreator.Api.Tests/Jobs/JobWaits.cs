using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Jobs;

internal static class JobTestSettings
{
    /// <summary>Short retry and lease timings so the engine's paths run in test time.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Fast = new Dictionary<string, string?>
    {
        ["Workers:RetryBaseDelay"] = "00:00:00.100",
        ["Workers:LeaseDuration"] = "00:00:02",
    };
}

internal static class JobWaits
{
    /// <summary>Polls <c>job(id)</c> until it reaches <paramref name="status"/> (15 s unless told) and returns the job.</summary>
    public static async Task<JsonNode> UntilAsync(GraphQLClient client, string id, string status, TimeSpan? timeout = null)
    {
        JsonNode? job = null;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            job = (await client.DataAsync(JobEngineTests.JobQuery, new { id }))["job"]!;
            if (job["status"]!.GetValue<string>() == status) return job;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"job {id} never reached {status}; last seen: {job}");
    }
}
