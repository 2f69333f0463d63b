using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Platforms.Facebook;

public static class FacebookRegistration
{
    /// <summary>FacebookOptions bound from the "Facebook" section; the publisher and OAuth client as typed HTTP clients.</summary>
    public static IServiceCollection AddFacebookPlatform(this IServiceCollection services, string section = "Facebook")
    {
        services.AddOptions<FacebookOptions>().BindConfiguration(section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FacebookOptions>>().Value);
        services.AddHttpClient<FacebookPublisher>(client => client.Timeout = TimeSpan.FromMinutes(10));
        services.AddHttpClient<FacebookOAuth>(client => client.Timeout = TimeSpan.FromSeconds(60));
        services.AddTransient<IPlatformPublisher>(sp => sp.GetRequiredService<FacebookPublisher>());
        services.AddTransient<IOAuthPlatform>(sp => sp.GetRequiredService<FacebookOAuth>());
        return services;
    }
}
