using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Publishing.Advisor;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Advisor;

internal sealed class RecommendationTypeType : EnumerationGraphType<RecommendationType>
{
    public RecommendationTypeType()
    {
        Name = "RecommendationType";
        Description = "Advisor recommendation kinds.";
    }
}

internal sealed class RecommendationSeverityType : EnumerationGraphType<RecommendationSeverity>
{
    public RecommendationSeverityType()
    {
        Name = "RecommendationSeverity";
        Description = "Advisor severity.";
    }
}

internal sealed class DayOfWeekType() : NamedEnumType("DayOfWeek", "Day of the week.",
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

/// <summary>
/// The contract's <c>PerformanceMetric</c>, needed by <c>BestSeriesRecommendation.metric</c>. The dashboard analytics
/// define the same enum: keep one of the two when both are merged (this one is registered in
/// <see cref="AdvisorRegistration"/> only).
/// </summary>
/// <summary>GraphQL type names of the recommendation kinds (also the type part of their global IDs).</summary>
internal static class RecommendationTypeNames
{
    public static readonly IReadOnlyDictionary<RecommendationType, string> ByType = new Dictionary<RecommendationType, string>
    {
        [RecommendationType.BestPostingTime] = "BestPostingTimeRecommendation",
        [RecommendationType.BestSeries] = "BestSeriesRecommendation",
        [RecommendationType.CostWarning] = "CostWarningRecommendation",
        [RecommendationType.TrendIdea] = "TrendIdeaRecommendation",
    };

    public static string Of(Recommendation recommendation) => ByType[recommendation.Type];

    /// <summary>The id and kind of a recommendation global ID, or null for anything else.</summary>
    public static (Guid Id, RecommendationType Type)? Decode(object? globalId) =>
        GlobalId.TryDecode(globalId as string, out var typeName, out var id)
        && ByType.FirstOrDefault(t => t.Value == typeName) is { Value: not null } match
            ? (id, match.Key)
            : null;
}

internal sealed class RecommendationInterfaceType : InterfaceGraphType<Recommendation>
{
    public RecommendationInterfaceType()
    {
        Name = "Recommendation";
        Description = "A JARVIS advisor recommendation.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<RecommendationTypeType>>("type");
        Field<NonNullGraphType<RecommendationSeverityType>>("severity");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The advice with the figures behind it.");
        Field<FloatGraphType>("confidence").Description("0..1.");
        Field<ContentChannelType>("channel");
        Field("project", new GraphQLTypeReference("Project"));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt");
        Field<DateTimeScalarType>("expiresAt");
        Field<DateTimeScalarType>("dismissedAt");
        Field<StringGraphType>("narrative").Description("A short explanation written by the configured chat model (`AI:Chat`); null without one or when it failed.");
    }
}

/// <summary>The <c>Recommendation</c> fields, node and type check of each recommendation kind.</summary>
internal static class RecommendationFields
{
    public static void AddTo(ObjectGraphType<Recommendation> type, RecommendationType kind)
    {
        var typeName = RecommendationTypeNames.ByType[kind];
        type.Name = typeName;
        type.Interface<RecommendationInterfaceType>(); // before Node: "implements Recommendation & Node"
        type.ImplementsNode(typeName, x => x.Id);
        type.IsTypeOf = value => value is Recommendation r && r.Type == kind;
        type.Field<NonNullGraphType<RecommendationTypeType>>("type").Resolve(c => c.Source.Type);
        type.Field<NonNullGraphType<RecommendationSeverityType>>("severity").Resolve(c => c.Source.Severity);
        type.Field(x => x.Title);
        type.Field(x => x.Summary).Description("The advice with the figures behind it.");
        type.Field(x => x.Confidence, nullable: true).Description("0..1: n / (n + 5) for a sample of n posts; 1 for recorded costs.");
        type.Field<ContentChannelType>("channel").ResolveAsync(async c => c.Source.ChannelId is { } id
            ? await c.Db().Channels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken) : null);
        type.Field("project", new GraphQLTypeReference("Project")).ResolveAsync(async c => c.Source.ProjectId is { } id
            ? await c.CoreDb().Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken) : null);
        type.Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        type.Field<DateTimeScalarType>("expiresAt").Resolve(c => c.Source.ExpiresAt);
        type.Field<DateTimeScalarType>("dismissedAt").Resolve(c => c.Source.DismissedAt);
        type.Field(x => x.Narrative, nullable: true)
            .Description("A short explanation written by the configured chat model (`AI:Chat`); null without one or when it failed.");
    }
}

internal sealed class BestPostingTimeRecommendationType : ObjectGraphType<Recommendation>
{
    public BestPostingTimeRecommendationType()
    {
        RecommendationFields.AddTo(this, RecommendationType.BestPostingTime);
        Description = "Best time to post on a platform, learned from past performance: the publishing day and hour whose posts "
                      + "averaged the most views N days after publishing (default 7).";
        Field<NonNullGraphType<PlatformType>>("platform").Resolve(c => AdviceText.PlatformEnum(Data(c.Source).Platform) ?? Data(c.Source).Platform.ToUpperInvariant());
        Field<NonNullGraphType<DayOfWeekType>>("dayOfWeek").Resolve(c => Data(c.Source).DayOfWeek);
        Field<NonNullGraphType<IntGraphType>>("hour").Description("0..23 in `timeZone`.").Resolve(c => Data(c.Source).Hour);
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("IANA time zone.").Resolve(c => Data(c.Source).TimeZone);
        Field<FloatGraphType>("expectedLift").Description("Expected relative lift of the metric, e.g. 0.15.").Resolve(c => Data(c.Source).ExpectedLift);
    }

    private static PostingTimeData Data(Recommendation r) => AdviceJson.Read<PostingTimeData>(r);
}

internal sealed class BestSeriesRecommendationType : ObjectGraphType<Recommendation>
{
    public BestSeriesRecommendationType()
    {
        RecommendationFields.AddTo(this, RecommendationType.BestSeries);
        Description = "Best-performing series to invest in (SUGGESTION), or the worst one to rework or drop (WARNING, title "
                      + "\"Consider dropping ...\"); value is the series' average views per post N days after publishing.";
        Field<NonNullGraphType<SeriesType>>("series").ResolveAsync(async c =>
            await c.Db().Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == c.Source.SeriesId, c.CancellationToken));
        Field("metric", new NonNullGraphType(new GraphQLTypeReference("PerformanceMetric"))).Resolve(c => Data(c.Source).Metric);
        Field<NonNullGraphType<FloatGraphType>>("value").Resolve(c => Data(c.Source).Value);
        Field<FloatGraphType>("relativeToAverage").Description("value / channel average.").Resolve(c => Data(c.Source).RelativeToAverage);
    }

    private static SeriesData Data(Recommendation r) => AdviceJson.Read<SeriesData>(r);
}

internal sealed class CostWarningRecommendationType : ObjectGraphType<Recommendation>
{
    public CostWarningRecommendationType()
    {
        RecommendationFields.AddTo(this, RecommendationType.CostWarning);
        Description = "Budget or cost anomaly warning: a project's spent reached warnAt × its budget (CRITICAL at the limit), or "
                      + "its cost per view is far above its channel's.";
        Field<NonNullGraphType<MoneyType>>("spent").Resolve(c => new Money(Data(c.Source).Spent, Data(c.Source).Currency));
        Field<MoneyType>("budget").Resolve(c => Data(c.Source).Budget is { } limit ? new Money(limit, Data(c.Source).Currency) : null);
        Field<FloatGraphType>("usedFraction").Resolve(c => Data(c.Source).UsedFraction);
        Field<StringGraphType>("topProvider").Resolve(c => Data(c.Source).TopProvider);
        Field<StringGraphType>("suggestedProvider").Description("Cheaper provider for the same capability, if any.").Resolve(c => Data(c.Source).SuggestedProvider);
        Field<DecimalGraphType>("costPerView").Description("Cost per view of the project (cost-per-view warnings).").Resolve(c => Data(c.Source).CostPerView);
        Field<DecimalGraphType>("channelCostPerView").Description("Cost per view of the channel's projects (cost-per-view warnings).").Resolve(c => Data(c.Source).ChannelCostPerView);
        Field<FloatGraphType>("relativeToAverage").Description("costPerView / channelCostPerView.").Resolve(c => Data(c.Source).RelativeToAverage);
        Field<LongScalarType>("views").Description("Lifetime views of the project's posts (cost-per-view warnings).").Resolve(c => Data(c.Source).Views);
    }

    private static CostData Data(Recommendation r) => AdviceJson.Read<CostData>(r);
}

internal sealed class TrendIdeaRecommendationType : ObjectGraphType<Recommendation>
{
    public TrendIdeaRecommendationType()
    {
        RecommendationFields.AddTo(this, RecommendationType.TrendIdea);
        Description = "Trend-based content idea from the tags of the owner's best posts; feed it to `createIdea(sourceRecommendationId)`.";
        Field<NonNullGraphType<StringGraphType>>("trendTopic").Resolve(c => Data(c.Source).TrendTopic);
        Field<NonNullGraphType<StringGraphType>>("suggestedPrompt").Resolve(c => Data(c.Source).SuggestedPrompt);
        Field("contentType", new NonNullGraphType(new GraphQLTypeReference("ContentType"))).Resolve(c => Data(c.Source).ContentType.ToUpperInvariant());
        Field<PlatformType>("platform").Resolve(c => AdviceText.PlatformEnum(Data(c.Source).Platform));
        Field<FloatGraphType>("trendScore").Description("1 + (tag average views / channel average - 1) × n / (n + 2); 1 = typical.")
            .Resolve(c => Data(c.Source).TrendScore);
    }

    private static TrendData Data(Recommendation r) => AdviceJson.Read<TrendData>(r);
}

internal sealed class RecommendationsConnectionType() : ConnectionGraphType<RecommendationInterfaceType>("Recommendations", "recommendations");
