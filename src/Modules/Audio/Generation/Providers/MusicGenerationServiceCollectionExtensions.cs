using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Midi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Audio.Generation.Providers;

/// <summary>Registers the <c>music.generate</c> providers as <see cref="IMusicGenerator"/> (plain and keyed by their key).</summary>
public static class MusicGenerationServiceCollectionExtensions
{
    private static readonly string[] SecretHeaders = ["Authorization"];

    /// <summary>
    /// Adds <c>composer</c> (options <c>Audio:Generation:Composer</c>), <c>stable-audio</c> (<c>Audio:Generation:StableAudio</c>)
    /// and <c>replicate-musicgen</c> (<c>Audio:Generation:Replicate</c>). Options come from <paramref name="configuration"/>,
    /// or the container's <see cref="IConfiguration"/> when null; HTTP options are read when a provider is used.
    /// </summary>
    public static IServiceCollection AddMusicGenerators(this IServiceCollection services, IConfiguration? configuration = null)
    {
        Bind<ComposerOptions>(services, configuration, ComposerOptions.SectionName);
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ComposerOptions>>().Value;
            return new ComposerMusicGenerator(o, new FluidSynthRenderer(o.SoundFont));
        });
        services.AddSingleton<IMusicGenerator>(sp => sp.GetRequiredService<ComposerMusicGenerator>());
        services.AddKeyedSingleton<IMusicGenerator>("composer", (sp, _) => sp.GetRequiredService<ComposerMusicGenerator>());

        Add<StableAudioMusicGenerator, StableAudioOptions>(services, configuration, StableAudioOptions.SectionName, "stable-audio");
        Add<ReplicateMusicGenerator, ReplicateMusicOptions>(services, configuration, ReplicateMusicOptions.SectionName, "replicate-musicgen");
        return services;
    }

    private static void Bind<TOptions>(IServiceCollection services, IConfiguration? configuration, string section) where TOptions : class
    {
        var options = services.AddOptions<TOptions>();
        if (configuration is null) options.BindConfiguration(section);
        else options.Bind(configuration.GetSection(section));
    }

    private static void Add<TProvider, TOptions>(IServiceCollection services, IConfiguration? configuration, string section, string key)
        where TProvider : class, IMusicGenerator
        where TOptions : MusicProviderOptions
    {
        Bind<TOptions>(services, configuration, section);
        // Our own per-attempt timeout governs; the client-wide one would cut a slow generation or download short.
        services.AddHttpClient<TProvider>(client => client.Timeout = Timeout.InfiniteTimeSpan).RedactLoggedHeaders(SecretHeaders);
        services.AddTransient<IMusicGenerator>(sp => sp.GetRequiredService<TProvider>());
        services.AddKeyedTransient<IMusicGenerator>(key, (sp, _) => sp.GetRequiredService<TProvider>());
    }
}
