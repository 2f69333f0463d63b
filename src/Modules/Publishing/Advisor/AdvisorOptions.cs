namespace MediaCreator.Modules.Publishing.Advisor;

/// <summary>Thresholds and timing of the JARVIS advisor (section <c>Publishing:Advisor</c>).</summary>
public sealed class AdvisorOptions
{
    /// <summary>A query recomputes the owner's recommendations when the last computation is older than this.</summary>
    public TimeSpan RefreshAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the recurring task refreshes every owner with data.</summary>
    public TimeSpan RecurringInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A recommendation not confirmed by a computation within this time expires.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Publications older than this are ignored for posting times, series and trends.</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Performance of a post is its lifetime views at this many days after publishing (latest snapshot by then).</summary>
    public int ViewsAfterDays { get; set; } = 7;

    /// <summary>BEST_POSTING_TIME needs at least this many matured posts on a channel and platform...</summary>
    public int MinPostingSample { get; set; } = 6;

    /// <summary>...and at least this many in the winning day/hour slot.</summary>
    public int MinSlotPosts { get; set; } = 2;

    /// <summary>A series is compared when it has at least this many matured posts (and the channel two such series).</summary>
    public int MinSeriesPosts { get; set; } = 2;

    /// <summary>BEST_SERIES "double down" when the best series' average is at least this times the channel's.</summary>
    public double DoubleDownRatio { get; set; } = 1.2;

    /// <summary>BEST_SERIES "drop" (WARNING) when the worst series' average is at most this times the channel's.</summary>
    public double DropRatio { get; set; } = 0.5;

    /// <summary>COST_WARNING when a project's cost per view is at least this times its channel's.</summary>
    public double CostPerViewRatio { get; set; } = 2.0;

    /// <summary>A tag is a trend when at least this many posts carry it...</summary>
    public int MinTrendPosts { get; set; } = 2;

    /// <summary>...and its (sample-size shrunk) lift over the channel's average views is at least this.</summary>
    public double MinTrendLift { get; set; } = 1.1;

    /// <summary>TREND_IDEA recommendations per channel.</summary>
    public int TrendIdeasPerChannel { get; set; } = 3;

    /// <summary>Time allowed for one narrative from the chat model.</summary>
    public TimeSpan NarrativeTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Narratives written per computation at most (new or changed recommendations first).</summary>
    public int NarrativesPerRun { get; set; } = 10;
}
