using System.Text.RegularExpressions;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Generation.Providers;
using MediaCreator.Modules.Audio.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Server;

namespace MediaCreator.Modules.Audio.Tests.Generation;

/// <summary>
/// A WireMock server standing in for the real service and a container built the way the API builds it
/// (<see cref="MusicGenerationServiceCollectionExtensions.AddMusicGenerators"/>, configuration added afterwards), with
/// options pointing at the server and tiny retry delays.
/// </summary>
internal sealed partial class MusicProviderTestHost : IDisposable
{
    public const string ApiKey = "sk-test-SECRET-0123456789";

    private readonly ServiceProvider _services;

    private MusicProviderTestHost(WireMockServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
    }

    public WireMockServer Server { get; }

    public static MusicProviderTestHost Create(string section, IDictionary<string, string?>? overrides = null)
    {
        var server = WireMockServer.Start();
        var configuration = new ConfigurationManager();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddMusicGenerators();
        var values = new Dictionary<string, string?>
        {
            [$"{section}:BaseUrl"] = server.Url,
            [$"{section}:ApiKey"] = ApiKey,
            [$"{section}:MaxRetries"] = "2",
            [$"{section}:RetryBaseDelay"] = "00:00:00.001",
            [$"{section}:RetryMaxDelay"] = "00:00:00.005",
            [$"{section}:Timeout"] = "00:00:30",
            [$"{section}:PollInterval"] = "00:00:00.010",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) values[$"{section}:{key}"] = value;
        configuration.AddInMemoryCollection(values);
        return new MusicProviderTestHost(server, services.BuildServiceProvider());
    }

    public IMusicGenerator Provider(string key) => _services.GetRequiredKeyedService<IMusicGenerator>(key);

    public IEnumerable<IMusicGenerator> All => _services.GetServices<IMusicGenerator>();

    /// <summary>A 440 Hz sine of <paramref name="seconds"/> at 44.1 kHz stereo, as WAV bytes, and its samples.</summary>
    public static async Task<(byte[] Wav, float[] Samples)> SineWavAsync(double seconds)
    {
        var samples = Signals.Sine(440, seconds, 44100, 0.5);
        using var folder = new ScratchFolder();
        var path = folder.File("sine.wav");
        await AudioEncoder.EncodeAsync(Signals.Stereo(samples, samples, 44100), AudioFileFormat.Wav, path);
        return (await File.ReadAllBytesAsync(path), samples);
    }

    /// <summary>The form fields of a multipart/form-data body.</summary>
    public static Dictionary<string, string> FormFields(string body) =>
        FieldPattern().Matches(body).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);

    /// <summary>Pearson correlation of two sample runs over the shorter length.</summary>
    public static double Correlation(float[] a, float[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        double ma = 0, mb = 0;
        for (var i = 0; i < n; i++) { ma += a[i]; mb += b[i]; }
        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < n; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.Sqrt(saa * sbb);
    }

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }

    [GeneratedRegex("Content-Disposition: form-data; name=\"?(?<name>[a-z_]+)\"?\r\n(?:[^\r\n]+\r\n)*\r\n(?<value>[^\r]*)\r\n", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();
}
