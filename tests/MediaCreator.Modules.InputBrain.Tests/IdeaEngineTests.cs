using MediaCreator.Modules.InputBrain.Ideas;
using MediaCreator.Modules.InputBrain.Ideas.Llm;
using MediaCreator.Modules.InputBrain.Ideas.Templates;
using MediaCreator.Modules.InputBrain.Tests.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Server;

namespace MediaCreator.Modules.InputBrain.Tests;

public sealed class IdeaEngineTests
{
    private static ServiceProvider Services(Action<IServiceCollection>? configure = null, Dictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());
        services.AddSingleton<TimeProvider>(new FixedTime(TrendRows.Now));
        configure?.Invoke(services);
        services.AddIdeaEngine();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task WithoutAModel_TemplatesWrite_AndTheOwnersDataRanks()
    {
        using var provider = Services();
        Assert.IsType<TemplateIdeaGenerator>(provider.GetRequiredService<IIdeaGenerator>());

        var plan = await provider.GetRequiredService<IdeaEngine>().PlanAsync(
            Requests.Video("street food tour in Bangkok at night", versions: 4, platforms: ["tiktok", "youtube"]), TrendRows.StreetFoodChannel(), CancellationToken.None);

        Assert.Equal(7, plan.Trends.Posts);
        Assert.Equal(4, plan.Versions.Count);
        Assert.Equal(plan.Versions.OrderByDescending(v => v.Score).Select(v => v.Index), plan.Versions.Select(v => v.Index));
        // The owner's TikTok shorts do far better than their long YouTube videos: TikTok versions come first.
        Assert.Equal(["tiktok", "tiktok", "youtube", "youtube"], plan.Versions.Select(v => v.Format.Platform));
        Assert.All(plan.Versions, v => Assert.Contains("'street food' videos average 12,400 views, 2.5x your median (3 posts)", v.ScoreReasons));
    }

    [Fact]
    public async Task WithAModel_ItsFailuresSurface_NoSilentTemplateFallback()
    {
        using var server = WireMockServer.Start(); // nothing mapped: every call answers 404
        using var provider = Services(s => s.AddSingleton(FakeOpenAi.Client(server)), new() { ["LlmIdeaOptions:MaxAttempts"] = "2" });
        Assert.IsType<LlmIdeaGenerator>(provider.GetRequiredService<IIdeaGenerator>());

        var error = await Assert.ThrowsAsync<IdeaGenerationException>(() => provider.GetRequiredService<IdeaEngine>()
            .PlanAsync(Requests.Video("street food"), [], CancellationToken.None));
        Assert.Equal(IdeaErrorCodes.Rejected, error.Code);
    }

    private sealed class FixedTime(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
