using MediaCreator.Modules.Core.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Video;

public static class VideoModule
{
    public static IHostApplicationBuilder AddVideoModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new BuiltInModule(
            "video", "Video", ModuleCategory.Video, "0.1.0",
            "AI CapCut and Runway: generate, edit, multi-format export and subtitles."));
        return builder;
    }
}
