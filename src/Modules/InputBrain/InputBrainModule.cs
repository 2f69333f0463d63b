using MediaCreator.Modules.Core.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.InputBrain;

public static class InputBrainModule
{
    public static IHostApplicationBuilder AddInputBrainModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new BuiltInModule(
            "input-brain", "Input Brain", ModuleCategory.InputBrain, "0.1.0",
            "Smart prompt intake, AI idea versions, previews and workflow drafts."));
        return builder;
    }
}
