using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaCreator.Modules.Core.Jobs.Engine;

public static class JobEngineRegistration
{
    /// <summary>Registers a worker task: modules call this from their <c>AddXxxModule()</c>.</summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services, JobTaskDefinition definition)
        where THandler : class, IJobHandler
    {
        services.TryAddScoped<THandler>(); // one handler class may serve several tasks
        services.AddSingleton(new JobHandlerRegistration(definition, typeof(THandler)));
        return services;
    }
}
