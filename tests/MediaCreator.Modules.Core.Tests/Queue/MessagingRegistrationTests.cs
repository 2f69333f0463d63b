using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Events.Redis;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Jobs.Queue.InProcess;
using MediaCreator.Modules.Core.Jobs.Queue.Redis;
using MediaCreator.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Tests.Queue;

public sealed class MessagingRegistrationTests
{
    [Fact]
    public void AddMessaging_WithoutRedisConfiguration_RegistersInProcessTransports()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<IEventBus, InProcessEventBus>(); // as CoreModule does before

        builder.AddMessaging();
        using var host = builder.Build();

        Assert.IsType<InProcessEventBus>(host.Services.GetRequiredService<IEventBus>());
        Assert.Same(host.Services.GetRequiredService<InProcessJobQueue>(), host.Services.GetRequiredService<IJobQueue>());
        Assert.Single(host.Services.GetServices<IEventBus>());
    }

    [RedisFact]
    public async Task AddMessaging_WithRedisConfiguration_RegistersRedisTransportsAndBindsOptions()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Redis:Configuration"] = await TestRedis.GetConfigurationAsync();
        builder.Configuration["Redis:LeaseDuration"] = "00:00:45";
        builder.Configuration["Redis:KeyPrefix"] = TestRedis.NewKeyPrefix();
        builder.Services.AddSingleton<IEventBus, InProcessEventBus>();

        builder.AddMessaging();
        using var host = builder.Build();

        Assert.IsType<RedisEventBus>(Assert.Single(host.Services.GetServices<IEventBus>()));
        Assert.IsType<RedisStreamsJobQueue>(Assert.Single(host.Services.GetServices<IJobQueue>()));
        var options = host.Services.GetRequiredService<IOptions<RedisQueueOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(45), options.LeaseDuration);
        Assert.Equal(builder.Configuration["Redis:KeyPrefix"], options.KeyPrefix);
        Assert.Equal(builder.Configuration["Redis:KeyPrefix"], host.Services.GetRequiredService<IOptions<RedisEventBusOptions>>().Value.KeyPrefix);
    }
}
