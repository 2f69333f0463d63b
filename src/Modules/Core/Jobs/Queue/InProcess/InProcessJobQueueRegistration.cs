using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaCreator.Modules.Core.Jobs.Queue.InProcess;

public static class InProcessJobQueueRegistration
{
    /// <summary>Makes <see cref="InProcessJobQueue"/> the <see cref="IJobQueue"/>, replacing any other.</summary>
    public static IServiceCollection AddInProcessJobQueue(this IServiceCollection services)
    {
        services.TryAddSingleton<InProcessJobQueue>();
        services.RemoveAll<IJobQueue>();
        services.AddSingleton<IJobQueue>(sp => sp.GetRequiredService<InProcessJobQueue>());
        return services;
    }
}
