using MediaCreator.Modules.Core.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Publishing;

public static class PublishingModule
{
    public static IHostApplicationBuilder AddPublishingModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new BuiltInModule(
            "publishing", "Dashboard & Publishing", ModuleCategory.Publishing, "0.1.0",
            "Channels, series, episodes, auto posting, metrics, revenue and the advisor."));
        return builder;
    }
}
