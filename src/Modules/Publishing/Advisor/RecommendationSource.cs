using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Advisor;

/// <summary><see cref="IRecommendationSource"/> over the owner-filtered recommendations table.</summary>
internal sealed class RecommendationSource(PublishingDbContext db) : IRecommendationSource
{
    public async Task<TrendIdeaDefaults?> FindTrendIdeaAsync(Guid id, CancellationToken ct)
    {
        var row = await db.Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Type == RecommendationType.TrendIdea, ct);
        if (row is null) return null;
        var data = AdviceJson.Read<TrendData>(row);
        return new TrendIdeaDefaults(row.Id, data.TrendTopic, data.SuggestedPrompt, data.ContentType, data.Platform);
    }

    public async Task<object?> FindAsync(Guid id, CancellationToken ct) =>
        await db.Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
}
