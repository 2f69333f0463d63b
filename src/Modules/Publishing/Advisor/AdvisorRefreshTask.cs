using Coravel.Invocable;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Publishing.Advisor;

/// <summary>
/// Recurring task <c>advisor-refresh</c>: recomputes the recommendations of every owner with data (published posts or
/// recorded costs) whose last computation is older than <see cref="AdvisorOptions.RefreshAfter"/>, each in its own
/// scope acting as that owner.
/// </summary>
internal sealed class AdvisorRefreshTask(IServiceScopeFactory scopes, ILogger<AdvisorRefreshTask> logger) : IInvocable
{
    public async Task Invoke()
    {
        List<Guid> owners;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var publishing = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
            var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var posting = await publishing.Publications.IgnoreQueryFilters().Select(p => p.OwnerId).Distinct().ToListAsync();
            var spending = await core.CostRecords.IgnoreQueryFilters().Select(r => r.OwnerId).Distinct().ToListAsync();
            owners = posting.Union(spending).Order().ToList();
        }
        foreach (var ownerId in owners)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(ownerId, [ApiKeyScopes.Full]);
                await scope.ServiceProvider.GetRequiredService<RecommendationAdvisor>().EnsureFreshAsync(CancellationToken.None);
            }
            catch (Exception e) // one owner's failure must not stop the others
            {
                logger.LogError(e, "The advisor could not refresh the recommendations of {Owner}", ownerId);
            }
        }
    }
}
