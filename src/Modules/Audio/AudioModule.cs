using GraphQL;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.GraphQL;
using MediaCreator.Modules.Audio.Jobs;
using MediaCreator.Modules.Audio.Persistence;
using MediaCreator.Modules.Audio.Results;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Audio;

public static class AudioModule
{
    /// <summary>
    /// Module 5, the AI Music Lab: analysis, stems, tabs, generation, remaster and podcast tools as the workers
    /// <c>music.analyze</c>, <c>audio.stems</c>, <c>music.tab</c>, <c>music.generate</c>, <c>audio.remaster</c> and
    /// <c>jobs.run_audio_task</c>, with their mutations, queries and result types.
    /// </summary>
    public static IHostApplicationBuilder AddAudioModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(new BuiltInModule(
            "audio", "Music & Audio", ModuleCategory.Audio, "1.0.0",
            "AI Music Lab: stems, analysis, tabs, generation, remaster and podcast tools."));
        services.AddOptions<AudioOptions>().BindConfiguration("Audio");
        builder.AddModuleDbContext<AudioDbContext, SqliteAudioDbContext, PostgresAudioDbContext>();
        AddEngines(services);
        services.AddJobHandler<AudioJobHandler>(AudioTasks.StemsTask);
        services.AddJobHandler<AudioJobHandler>(AudioTasks.AnalyzeTask);
        services.AddJobHandler<AudioJobHandler>(AudioTasks.TabTask);
        services.AddJobHandler<AudioJobHandler>(AudioTasks.GenerateTask);
        services.AddJobHandler<AudioJobHandler>(AudioTasks.RemasterTask);
        services.AddJobHandler<AudioJobHandler>(AudioTasks.PodcastTask);
        services.AddSingleton<IMutationFields, AudioMutations>();
        services.AddSingleton<IQueryFields, AudioQueries>();
        services.AddSingleton<IAssetFields, AudioAssetFields>();
        services.AddSingleton<Core.Jobs.IJobSpecMember, AudioJobSpecMember>();
        services.AddSingleton<Core.Jobs.IJobParametersView, AudioJobParametersView>();
        services.AddSingleton<Core.Jobs.IJobResultView, AudioJobResultView>();
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<AudioDbContext, AudioAnalysis>("AudioAnalysis"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<AudioDbContext, StemGroup>("StemGroup"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<AudioDbContext, TabRecord>("TabRecord"));
        services.AddGraphQL(graphQL => graphQL.AddGraphTypes(typeof(AudioModule).Assembly).ConfigureSchema(schema =>
        {
            // The AudioOperation implementations are reached through the interface only.
            foreach (var type in typeof(AudioModule).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(AudioOperationObjectType))))
                schema.RegisterType(type);
        }));
        return builder;
    }

    /// <summary>The engines and providers (each area registers its own).</summary>
    private static void AddEngines(IServiceCollection services)
    {
        services.AddSingleton<IAudioProcessor, Processing.DspAudioProcessor>();
        services.AddSingleton<ITabGenerator, Tabs.TabGenerator>();
        services.AddSingleton<IMusicAnalyzer, Analysis.DspMusicAnalyzer>();
        Generation.Providers.MusicGenerationServiceCollectionExtensions.AddMusicGenerators(services);
        Stems.StemSeparatorsExtensions.AddStemSeparators(services);
    }
}
