using GraphQL;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Editing;
using MediaCreator.Modules.Video.Generation.Music;
using MediaCreator.Modules.Video.Generation.Planning;
using MediaCreator.Modules.Video.Generation.Providers;
using MediaCreator.Modules.Video.Generation.Rendering;
using MediaCreator.Modules.Video.Generation.Speech;
using MediaCreator.Modules.Video.GraphQL;
using MediaCreator.Modules.Video.Jobs;
using MediaCreator.Modules.Video.Persistence;
using MediaCreator.Modules.Video.Preview;
using MediaCreator.Modules.Video.Reframe;
using MediaCreator.Modules.Video.Results;
using MediaCreator.Modules.Video.Subtitles;
using MediaCreator.Modules.Video.Timeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Video;

public static class VideoModule
{
    /// <summary>
    /// Module 4, AI CapCut and Runway: generate (storyboards, music videos, external text-to-video), edit, multi-format
    /// export, subtitles, timelines and previews as the workers <c>video.generate</c>, <c>video.edit</c>,
    /// <c>video.subtitle</c> and <c>jobs.run_video_task</c>, with their mutations, queries and result types.
    /// </summary>
    public static IHostApplicationBuilder AddVideoModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(new BuiltInModule(
            "video", "Video", ModuleCategory.Video, "1.0.0",
            "AI CapCut and Runway: generate, edit, multi-format export, subtitles, timelines and previews."));
        services.AddOptions<VideoOptions>().BindConfiguration("Video");
        builder.AddModuleDbContext<VideoDbContext, SqliteVideoDbContext, PostgresVideoDbContext>();
        AddEngines(services, builder.Configuration);
        services.AddJobHandler<VideoJobHandler>(VideoTasks.GenerateTask);
        services.AddJobHandler<VideoJobHandler>(VideoTasks.EditTask);
        services.AddJobHandler<VideoJobHandler>(VideoTasks.SubtitleTask);
        services.AddJobHandler<VideoJobHandler>(VideoTasks.RunTask);
        services.AddSingleton<IMutationFields, VideoMutations>();
        services.AddSingleton<IMutationFields, TimelineMutations>();
        services.AddSingleton<IQueryFields, VideoQueries>();
        services.AddSingleton<IQueryFields, TimelineQueries>();
        services.AddSingleton<IAssetFields, VideoAssetFields>();
        services.AddSingleton<Core.Jobs.IJobSpecMember, VideoJobSpecMember>();
        services.AddSingleton<Core.Jobs.IJobParametersView, VideoJobParametersView>();
        services.AddSingleton<Core.Jobs.IJobResultView, VideoJobResultView>();
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<VideoDbContext, SubtitleRecord>("SubtitleResult"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<VideoDbContext, TimelineRecord>("Timeline"));
        services.AddGraphQL(graphQL => graphQL.AddGraphTypes(typeof(VideoModule).Assembly).ConfigureSchema(schema =>
        {
            // The VideoOperation implementations are reached through the interface only.
            foreach (var type in typeof(VideoModule).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(VideoOperationObjectType))))
                schema.RegisterType(type);
            // So are the timeline clip kinds.
            schema.RegisterType(typeof(VideoTimelineClipType));
            schema.RegisterType(typeof(AudioTimelineClipType));
            schema.RegisterType(typeof(TextTimelineClipType));
        }));
        return builder;
    }

    /// <summary>
    /// The engines. Built-in ones always; external services (OpenAI-compatible transcription and speech, Runway, Luma,
    /// Pika) only when their section names a key or a server, so a request for an unconfigured one is refused clearly.
    /// </summary>
    private static void AddEngines(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Bound<VideoEditorOptions>(services, "Video:Editor"));
        services.AddSingleton(Bound<SubjectReframeOptions>(services, "Video:Reframe"));
        services.AddSingleton(Bound<CaptionRendererOptions>(services, "Video:Captions"));
        services.AddSingleton(Bound<StoryboardPlannerOptions>(services, "Video:Storyboard"));
        services.AddSingleton(Bound<StoryboardRendererOptions>(services, "Video:Render"));
        services.AddSingleton(Bound<MusicVideoOptions>(services, "Video:MusicVideo"));
        services.AddSingleton(Bound<TimelineRendererOptions>(services, "Video:Timeline"));
        services.AddSingleton(Bound<PreviewOptions>(services, "Video:Preview"));
        services.AddSingleton(Bound<PocketSphinxOptions>(services, "Video:PocketSphinx"));
        services.AddSingleton(Bound<EspeakOptions>(services, "Video:Espeak"));

        services.AddSingleton<IReframePlanner>(sp => new SubjectReframePlanner(sp.GetRequiredService<SubjectReframeOptions>()));
        services.AddSingleton<ICaptionRenderer>(sp => new CaptionRenderer(sp.GetRequiredService<CaptionRendererOptions>()));
        services.AddSingleton<IVideoEditor>(sp => new FfmpegVideoEditor(sp.GetRequiredService<IReframePlanner>(), sp.GetRequiredService<ICaptionRenderer>(),
            sp.GetRequiredService<VideoEditorOptions>()));
        services.AddSingleton(sp => new StoryboardPlanner(sp.GetRequiredService<StoryboardPlannerOptions>()));
        services.AddSingleton(sp => new StoryboardRenderer(sp.GetRequiredService<StoryboardRendererOptions>()));
        services.AddSingleton(sp => new MusicVideoPlanner(sp.GetRequiredService<MusicVideoOptions>()));
        services.AddSingleton(sp => new TimelineRenderer(sp.GetRequiredService<TimelineRendererOptions>()));
        services.AddSingleton(sp => new PreviewRenderer(sp.GetRequiredService<PreviewOptions>()));
        services.AddSingleton<ITranscriber>(sp => new PocketSphinxTranscriber(sp.GetRequiredService<PocketSphinxOptions>()));
        services.AddSingleton<ISpeechSynthesizer>(sp => new EspeakSpeechSynthesizer(sp.GetRequiredService<EspeakOptions>()));

        External<ITranscriber, OpenAiTranscriberOptions>(services, configuration, "Video:Transcription:OpenAI", (http, o) => new OpenAiTranscriber(http, o));
        External<ISpeechSynthesizer, OpenAiSpeechOptions>(services, configuration, "Video:Speech:OpenAI", (http, o) => new OpenAiSpeechSynthesizer(http, o));
        External<ITextToVideoProvider, RunwayOptions>(services, configuration, "Video:Providers:Runway", (http, o) => new RunwayVideoProvider(http, o));
        External<ITextToVideoProvider, LumaOptions>(services, configuration, "Video:Providers:Luma", (http, o) => new LumaVideoProvider(http, o));
        External<ITextToVideoProvider, PikaOptions>(services, configuration, "Video:Providers:Pika", (http, o) => new PikaVideoProvider(http, o));
    }

    /// <summary>An external service's client, registered when its section names a key or a server (its key never logged).</summary>
    private static void External<TService, TOptions>(IServiceCollection services, IConfiguration configuration, string section,
        Func<HttpClient, TOptions, TService> create) where TService : class where TOptions : class, new()
    {
        if (!Configured(configuration, section)) return;
        var factory = Bound<TOptions>(services, section);
        // Each client keeps its own per-attempt timeout; the client-wide one would cut a long download short.
        services.AddHttpClient(section, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(["Authorization", "X-Api-Key", "X-Runway-Version"]);
        services.AddSingleton(sp => create(sp.GetRequiredService<IHttpClientFactory>().CreateClient(section), factory(sp)));
    }

    private static bool Configured(IConfiguration configuration, string section) =>
        !string.IsNullOrWhiteSpace(configuration[$"{section}:ApiKey"]) || !string.IsNullOrWhiteSpace(configuration[$"{section}:BaseUrl"]);

    /// <summary>Options of type <typeparamref name="T"/> bound from <paramref name="section"/> (registered as named options).</summary>
    private static Func<IServiceProvider, T> Bound<T>(IServiceCollection services, string section) where T : class, new()
    {
        services.AddOptions<T>(section).BindConfiguration(section);
        return sp => sp.GetRequiredService<IOptionsMonitor<T>>().Get(section);
    }

}
