using GraphQL;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Image.Persistence;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.GraphQL;
using MediaCreator.Modules.Image.Jobs;
using MediaCreator.Modules.Image.Layouts;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Image.Providers.Http;
using MediaCreator.Modules.Image.Skia;
using MediaCreator.Modules.Image.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Image;

public static class ImageModule
{
    /// <summary>
    /// Module 3: the skia provider (design engine, editor, upscaler, templates), the HTTP providers (OpenAI-compatible
    /// Images, Flux, Stable Diffusion WebUI), the workers <c>image.generate</c>, <c>image.edit</c>, <c>image.template</c>
    /// and the mutations generateImage, editImage, applyImageTemplate, batchGenerateImages, upscaleImage.
    /// </summary>
    public static IHostApplicationBuilder AddImageModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(new BuiltInModule(
            "image", "Image", ModuleCategory.Image, "1.0.0",
            "AI Photoshop and Canva: generate, edit, templates, batch and upscale."));
        services.AddOptions<ImageOptions>().BindConfiguration("Image");
        builder.AddModuleDbContext<ImageDbContext, SqliteImageDbContext, PostgresImageDbContext>();
        services.AddSingleton<SkiaImageProvider>();
        services.AddSingleton<IImageProvider>(sp => sp.GetRequiredService<SkiaImageProvider>());
        services.AddImageHttpProviders();
        services.AddSingleton(_ => TemplateRendererCatalog.CreateDefault());
        services.AddJobHandler<ImageJobHandler>(ImageTasks.GenerateTask);
        services.AddJobHandler<ImageJobHandler>(ImageTasks.EditTask);
        services.AddJobHandler<ImageJobHandler>(ImageTasks.TemplateTask);
        services.AddSingleton<IMutationFields, ImageMutations>();
        services.AddSingleton<Core.Jobs.IJobSpecMember, ImageJobSpecMember>();
        services.AddSingleton<Core.Jobs.IJobParametersView, ImageJobParametersView>();
        services.AddSingleton<IQueryFields, TemplateLayoutQueries>();
        services.AddSingleton<IMutationFields, TemplateLayoutMutations>();
        services.AddSingleton<INodeResolver>(new ImageNodeResolver<TemplateLayout>("TemplateLayout"));
        services.AddSingleton<IStartupTask, TemplateLayoutSeeder>();
        services.AddSingleton<IQueryFields, CharacterQueries>();
        services.AddSingleton<IMutationFields, CharacterMutations>();
        services.AddSingleton<INodeResolver>(new ImageNodeResolver<Character>("Character"));
        services.AddGraphQL(graphQL => graphQL.AddGraphTypes(typeof(ImageModule).Assembly));
        return builder;
    }
}

/// <summary>Bound from the <c>Image</c> section.</summary>
public sealed class ImageOptions
{
    /// <summary>The provider used when a request names none (<c>skia</c>, <c>openai-images</c>, <c>flux</c>, <c>sd-webui</c>).</summary>
    public string DefaultProvider { get; set; } = SkiaImageProvider.ProviderKey;
}
