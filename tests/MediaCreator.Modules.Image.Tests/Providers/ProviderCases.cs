using System.Text.Json;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Image.Tests.Providers;

/// <summary>
/// Per provider: its configuration section, the endpoint a generation first calls, a successful first answer, and
/// whatever else that service's success flow needs (BFL: the poll and the signed download).
/// </summary>
internal sealed record ProviderCase(
    string Key, string Section, string FirstPath, Func<ProviderTestHost, string> FirstAnswer, Action<ProviderTestHost> StubRest)
{
    public const int ImageSide = 1024;

    public static readonly ProviderCase OpenAi = new(
        "openai-images", "Image:Providers:OpenAI", "/v1/images/generations",
        _ => JsonSerializer.Serialize(new { created = 1, data = new[] { new { b64_json = TestPngs.HalvesBase64(ImageSide, ImageSide) } } }),
        _ => { });

    public static readonly ProviderCase Flux = new(
        "flux", "Image:Providers:Flux", "/v1/flux-pro-1.1",
        host => JsonSerializer.Serialize(new { id = "task-1", polling_url = $"{host.Server.Url}/v1/get_result?id=task-1" }),
        host =>
        {
            var ready = JsonSerializer.Serialize(new
            {
                id = "task-1", status = "Ready", result = new { sample = $"{host.Server.Url}/delivery/sample.png", seed = 42 },
            });
            host.Server.Given(Request.Create().WithPath("/v1/get_result").UsingGet())
                .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(ready));
            host.Server.Given(Request.Create().WithPath("/delivery/sample.png").UsingGet())
                .RespondWith(Response.Create().WithHeader("Content-Type", "image/png").WithBody(TestPngs.HalvesPng(ImageSide, ImageSide)));
        });

    public static readonly ProviderCase StableDiffusion = new(
        "sd-webui", "Image:Providers:StableDiffusion", "/sdapi/v1/txt2img",
        _ => JsonSerializer.Serialize(new
        {
            images = new[] { TestPngs.HalvesBase64(ImageSide, ImageSide) },
            parameters = new { },
            info = JsonSerializer.Serialize(new { seed = 42, all_seeds = new[] { 42 } }),
        }),
        _ => { });

    public static ProviderCase For(string key) => key switch
    {
        "openai-images" => OpenAi,
        "flux" => Flux,
        _ => StableDiffusion,
    };

    public static TheoryData<string> Keys => new("openai-images", "flux", "sd-webui");

    public static TheoryData<string> KeyedProviders => new("openai-images", "flux");

    public ProviderTestHost Host(IDictionary<string, string?>? overrides = null, ILoggerProvider? logs = null) =>
        ProviderTestHost.Create(Section, overrides, logs);
}
