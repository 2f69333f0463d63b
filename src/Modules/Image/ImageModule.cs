using MediaCreator.Modules.Core.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Image;

public static class ImageModule
{
    public static IHostApplicationBuilder AddImageModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new BuiltInModule(
            "image", "Image", ModuleCategory.Image, "0.1.0",
            "AI Photoshop and Canva: generate, edit, templates, batch and upscale."));
        return builder;
    }
}
