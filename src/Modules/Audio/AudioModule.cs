using MediaCreator.Modules.Core.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Audio;

public static class AudioModule
{
    public static IHostApplicationBuilder AddAudioModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new BuiltInModule(
            "audio", "Music & Audio", ModuleCategory.Audio, "0.1.0",
            "AI Music Lab: stems, analysis, tabs, generation, remaster and podcast tools."));
        return builder;
    }
}
