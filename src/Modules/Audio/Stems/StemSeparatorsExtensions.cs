using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Stems.Http;
using MediaCreator.Modules.Audio.Stems.Onnx;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Audio.Stems;

/// <summary>Registers the stem separators as <see cref="IStemSeparator"/>, plain and keyed by their key.</summary>
public static class StemSeparatorsExtensions
{
    /// <summary>
    /// Adds <c>dsp</c> (<see cref="DspStemSeparator"/>), <c>onnx</c> (<see cref="OnnxStemSeparator"/>, options
    /// <c>Audio:Stems:Onnx</c>) and <c>separation-http</c> (<see cref="HttpStemSeparator"/>, a typed HttpClient, options
    /// <c>Audio:Stems:Http</c>). Options bind from <paramref name="configuration"/>, or the container's
    /// <see cref="IConfiguration"/> when null, and are read on use.
    /// </summary>
    public static IServiceCollection AddStemSeparators(this IServiceCollection services, IConfiguration? configuration = null)
    {
        Bind(services.AddOptions<OnnxStemOptions>(), configuration, OnnxStemOptions.SectionName);
        Bind(services.AddOptions<HttpStemOptions>(), configuration, HttpStemOptions.SectionName);

        services.AddSingleton<DspStemSeparator>();
        services.AddSingleton<OnnxStemSeparator>();
        // Our own per-attempt timeout governs; the client-wide one would cut a long upload or download short.
        services.AddHttpClient<HttpStemSeparator>(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(["X-License-Key"]);

        services.AddSingleton<IStemSeparator>(sp => sp.GetRequiredService<DspStemSeparator>());
        services.AddKeyedSingleton<IStemSeparator>("dsp", (sp, _) => sp.GetRequiredService<DspStemSeparator>());
        services.AddSingleton<IStemSeparator>(sp => sp.GetRequiredService<OnnxStemSeparator>());
        services.AddKeyedSingleton<IStemSeparator>("onnx", (sp, _) => sp.GetRequiredService<OnnxStemSeparator>());
        services.AddTransient<IStemSeparator>(sp => sp.GetRequiredService<HttpStemSeparator>());
        services.AddKeyedTransient<IStemSeparator>("separation-http", (sp, _) => sp.GetRequiredService<HttpStemSeparator>());
        return services;
    }

    private static void Bind<T>(Microsoft.Extensions.Options.OptionsBuilder<T> options, IConfiguration? configuration, string section)
        where T : class
    {
        if (configuration is null) options.BindConfiguration(section);
        else options.Bind(configuration.GetSection(section));
    }
}
