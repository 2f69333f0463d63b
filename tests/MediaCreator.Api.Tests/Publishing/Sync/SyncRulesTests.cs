using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Sync;

namespace MediaCreator.Api.Tests.Publishing.Sync;

/// <summary>The default revenue periods and the engagement-rate rule, which the API tests only meet on one date.</summary>
public sealed class SyncRulesTests
{
    [Fact]
    public void DefaultRevenuePeriods_AreTheCurrentMonth_PlusThePreviousOneInItsFirstDays()
    {
        Assert.Equal([(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30))], RevenuePeriods.Default(new DateOnly(2026, 11, 25), 3));
        Assert.Equal([(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31))],
            RevenuePeriods.Default(new DateOnly(2026, 12, 3), 3));
        Assert.Equal([(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), (new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31))],
            RevenuePeriods.Default(new DateOnly(2026, 1, 1), 3));
        Assert.Equal([(new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29))], RevenuePeriods.Default(new DateOnly(2028, 2, 4), 3));
    }

    [Fact]
    public void EngagementRate_IsLikesCommentsAndSharesPerView_AndNullWithoutViews()
    {
        Assert.Equal(0.25, PublicationSyncer.EngagementRate(new PostMetrics(400, 60, 30, 10, 0, null, DateTimeOffset.UtcNow)));
        Assert.Null(PublicationSyncer.EngagementRate(new PostMetrics(0, 5, 0, 0, 0, null, DateTimeOffset.UtcNow)));
    }
}
