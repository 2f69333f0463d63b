using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>Versions of an idea, best first, and the trend profile they were ranked by.</summary>
public sealed record IdeaPlan(IReadOnlyList<IdeaVersionPlan> Versions, TrendProfile Trends);

/// <summary>
/// One call for the createIdea handler: summarise the owner's performance, generate versions with the configured
/// generator (model or templates, see <see cref="IdeaEngineRegistration"/>), rank them by that performance.
/// </summary>
public sealed class IdeaEngine(IIdeaGenerator generator, TimeProvider time)
{
    public async Task<IdeaPlan> PlanAsync(IdeaRequest request, IReadOnlyList<ContentPerformance> history, CancellationToken ct)
    {
        var trends = TrendProfile.From(history, time.GetUtcNow().UtcDateTime);
        var versions = await generator.GenerateAsync(request, trends, ct);
        return new IdeaPlan(TrendRanker.Rank(versions, trends), trends);
    }
}
