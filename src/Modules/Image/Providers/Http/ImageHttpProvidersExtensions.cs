using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Providers.Flux;
using MediaCreator.Modules.Image.Providers.OpenAI;
using MediaCreator.Modules.Image.Providers.StableDiffusion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>Registers the HTTP image providers as <see cref="IImageProvider"/> (plain and keyed by their key).</summary>
internal static class ImageHttpProvidersExtensions
{
    private static readonly string[] SecretHeaders = ["Authorization", "x-key"];

    /// <summary>
    /// Adds <c>openai-images</c>, <c>flux</c> and <c>sd-webui</c> as typed HttpClients. Options come from
    /// <c>Image:Providers:OpenAI|Flux|StableDiffusion</c> of <paramref name="configuration"/>, or of the container's
    /// <see cref="IConfiguration"/> when null; they are read when a provider is used, so later overrides count.
    /// </summary>
    public static IServiceCollection AddImageHttpProviders(this IServiceCollection services, IConfiguration? configuration = null)
    {
        Add<OpenAiImagesProvider, OpenAiImagesOptions>(services, configuration, OpenAiImagesOptions.SectionName, "openai-images");
        Add<FluxProvider, FluxOptions>(services, configuration, FluxOptions.SectionName, "flux");
        Add<StableDiffusionProvider, StableDiffusionOptions>(services, configuration, StableDiffusionOptions.SectionName, "sd-webui");
        return services;
    }

    private static void Add<TProvider, TOptions>(IServiceCollection services, IConfiguration? configuration, string section, string key)
        where TProvider : class, IImageProvider
        where TOptions : HttpProviderOptions
    {
        var options = services.AddOptions<TOptions>();
        if (configuration is null)
            options.BindConfiguration(section);
        else
            options.Bind(configuration.GetSection(section));

        // Our own per-attempt timeout governs; the client-wide one would cut a slow poll or download short.
        services.AddHttpClient<TProvider>(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(SecretHeaders);
        services.AddTransient<IImageProvider>(sp => sp.GetRequiredService<TProvider>());
        services.AddKeyedTransient<IImageProvider>(key, (sp, _) => sp.GetRequiredService<TProvider>());
    }
}
