using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Platforms.TikTok;

public static class TikTokRegistration
{
    /// <summary>TikTokOptions bound from the "TikTok" section; the publisher and OAuth client as typed HTTP clients.</summary>
    public static IServiceCollection AddTikTokPlatform(this IServiceCollection services, string section = "TikTok")
    {
        services.AddOptions<TikTokOptions>().BindConfiguration(section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TikTokOptions>>().Value);
        services.AddHttpClient<TikTokPublisher>(client => client.Timeout = TimeSpan.FromMinutes(10));
        services.AddHttpClient<TikTokOAuth>(client => client.Timeout = TimeSpan.FromSeconds(60));
        services.AddTransient<IPlatformPublisher>(sp => sp.GetRequiredService<TikTokPublisher>());
        services.AddTransient<IOAuthPlatform>(sp => sp.GetRequiredService<TikTokOAuth>());
        return services;
    }
}
