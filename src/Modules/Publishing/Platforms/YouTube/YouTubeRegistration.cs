using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

public static class YouTubeRegistration
{
    /// <summary>
    /// Binds <see cref="YouTubeOptions"/> from its configuration section and registers <see cref="YouTubePublisher"/> as an
    /// <see cref="IPlatformPublisher"/> and <see cref="GoogleOAuth"/> as an <see cref="IOAuthPlatform"/>, on typed HttpClients.
    /// </summary>
    public static IServiceCollection AddYouTubePlatform(this IServiceCollection services)
    {
        services.AddOptions<YouTubeOptions>().BindConfiguration(nameof(YouTubeOptions));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<YouTubeOptions>>().Value);
        services.AddHttpClient<YouTubePublisher>(c => c.Timeout = TimeSpan.FromMinutes(10))
            // Google's "308 Resume Incomplete" is not a redirect.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddHttpClient<GoogleOAuth>();
        services.AddTransient<IPlatformPublisher>(sp => sp.GetRequiredService<YouTubePublisher>());
        services.AddTransient<IOAuthPlatform>(sp => sp.GetRequiredService<GoogleOAuth>());
        return services;
    }
}
