using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Infrastructure;

/// <summary>Rows that no mutation of this issue creates yet (jobs, costs), written the way the job engine will.</summary>
public static class TestData
{
    public static async Task<Job> SeedJobAsync(ApiFactory factory, Guid ownerId, Guid projectId, Action<Job>? configure = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(ownerId, [ApiKeyScopes.Full]);
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var module = await db.Modules.SingleAsync(m => m.Name == "core");
        var job = new Job { OwnerId = ownerId, ProjectId = projectId, ModuleId = module.Id, Kind = JobKind.Generic, TaskName = "core.echo" };
        configure?.Invoke(job);
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    /// <summary>Runs <paramref name="work"/> with a DbContext scoped to <paramref name="ownerId"/>.</summary>
    public static async Task WithDbAsync(ApiFactory factory, Guid ownerId, Func<CoreDbContext, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(ownerId, [ApiKeyScopes.Full]);
        await work(scope.ServiceProvider.GetRequiredService<CoreDbContext>());
    }
}
