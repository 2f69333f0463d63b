using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Api.Tests.Publishing.Engine;

/// <summary>A scheduled publication outlives the API process that planned it and is posted exactly once by the next one.</summary>
public sealed class PublicationRestartTests
{
    [Fact]
    public async Task ScheduledPublication_ApiStoppedBeforeItsTime_NewApiOnTheSameDatabasePostsItOnce()
    {
        var owner = Guid.NewGuid();
        await using var fakes = new PlatformFakes();
        var mp4 = await EngineMedia.VerticalAsync();
        var first = await EngineHost.StartAsync(fakes, keepsDatabase: true);
        var episode = await first.EpisodeAsync(owner, mp4);
        var facebook = await first.AccountAsync(owner, "facebook", "page-1", EngineHost.Tokens("page-token"));
        fakes.FacebookFlow(mp4.Length);
        var due = DateTime.UtcNow.AddSeconds(8);
        var plan = await first.PlanAsync(owner, new
        {
            episodeId = episode.Id, targets = new[] { new { platformAccountId = facebook, scheduledTime = due.ToString("O"), details = EngineHost.Details() } },
        });
        var id = plan["publications"]![0]!["id"]!.GetValue<string>();
        await first.DisposeAsync();
        Assert.True(DateTime.UtcNow < due, "the first API lived past the scheduled time");
        Assert.Equal(0, fakes.FacebookStarts());

        await using var second = await EngineHost.StartAsync(fakes, first.Factory.Database, first.StorageRoot, first.FeedRoot);
        var published = await second.WaitAsync(owner, id, EngineHost.Status(nameof(PublicationStatus.Published).ToUpperInvariant(), "FAILED"));

        EngineHost.AssertStatus("PUBLISHED", published);
        Assert.True(DateTime.Parse(published["publishedTime"]!.GetValue<string>()).ToUniversalTime() >= due.AddSeconds(-0.5));
        Assert.Equal(1, published["uploadJob"]!["attempt"]!.GetValue<int>());
        await Task.Delay(3000);
        Assert.Equal(1, fakes.FacebookStarts());
    }
}
