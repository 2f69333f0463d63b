using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Providers.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.Server;

namespace MediaCreator.Modules.Image.Tests.Providers;

/// <summary>
/// A WireMock server standing in for the real service plus a container built the way the API builds it: providers
/// registered first, configuration added afterwards (as test hosts do), options pointing at the server with tiny
/// retry delays.
/// </summary>
internal sealed class ProviderTestHost : IDisposable
{
    public const string ApiKey = "sk-test-SECRET-0123456789";

    private readonly ServiceProvider _services;

    private ProviderTestHost(WireMockServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
    }

    public WireMockServer Server { get; }

    public static ProviderTestHost Create(string section, IDictionary<string, string?>? overrides = null, ILoggerProvider? logs = null)
    {
        var server = WireMockServer.Start();
        var configuration = new ConfigurationManager();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddImageHttpProviders();
        if (logs is not null)
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));

        var values = new Dictionary<string, string?>
        {
            [$"{section}:BaseUrl"] = server.Url,
            [$"{section}:ApiKey"] = ApiKey,
            [$"{section}:MaxRetries"] = "2",
            [$"{section}:RetryBaseDelay"] = "00:00:00.001",
            [$"{section}:RetryMaxDelay"] = "00:00:00.005",
            [$"{section}:Timeout"] = "00:00:30",
            [$"{section}:PollInterval"] = "00:00:00.001",
            [$"{section}:PollTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            values[$"{section}:{key}"] = value;
        configuration.AddInMemoryCollection(values);
        return new ProviderTestHost(server, services.BuildServiceProvider());
    }

    public IImageProvider Provider(string key) => _services.GetRequiredKeyedService<IImageProvider>(key);

    public IEnumerable<IImageProvider> All => _services.GetServices<IImageProvider>();

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
