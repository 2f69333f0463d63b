using System.Text;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Providers.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Providers.Flux;

/// <summary>
/// <c>flux</c>: Black Forest Labs' asynchronous API. A task is submitted with <c>POST /v1/&lt;model&gt;</c> (header
/// <c>x-key</c>), polled until Ready, and its signed <c>result.sample</c> URL downloaded. Masked edits go to the Fill
/// model (white = edit), prompt-only edits to Kontext. Sides are snapped to multiples of 32; the seed is passed on.
/// </summary>
internal sealed class FluxProvider(HttpClient http, IOptionsMonitor<FluxOptions> options, ILogger<FluxProvider> logger)
    : HttpImageProvider<FluxOptions>(http, options, logger), IImageProvider
{
    public override string Key => "flux";

    protected override string Section => FluxOptions.SectionName;

    public async Task<ImageResult> GenerateAsync(ImageGenerateRequest request, CancellationToken ct)
    {
        ImageRequestChecks.Size(request.Width, request.Height, Key);
        var o = Configured();
        var (width, height) = FluxDimensions.Fit(request.Width, request.Height, o.MinSide, o.MaxSide);
        var body = Common(o, EditPrompts.Generation(request), request.Seed);
        body["width"] = width;
        body["height"] = height;
        if ((request.Reference ?? request.Character?.ReferenceImages.FirstOrDefault()) is { } reference)
            body["image_prompt"] = ProviderImages.PngBase64(reference);
        var (bitmap, seed) = await RunAsync(o, o.Model ?? "flux-pro-1.1", body, request.Seed, ct);
        return new ImageResult(ProviderImages.FitTo(bitmap, request.Width, request.Height)) { Seed = seed };
    }

    public async Task<ImageResult> EditAsync(ImageEditRequest request, CancellationToken ct)
    {
        EnsureEditable(request.Operation);
        var o = Configured();
        var prompt = EditPrompts.For(request, Key);
        var image = request.Image;
        var masked = request.Mask is not null || request.Operation is ImageEditOperation.Inpaint or ImageEditOperation.RemoveObject
            || (request.Operation == ImageEditOperation.InsertObject && request.Parameters.Placement is not null);

        if (!masked)
        {
            var kontext = Common(o, prompt, request.Seed);
            kontext["input_image"] = ProviderImages.PngBase64(image);
            kontext["aspect_ratio"] = FluxDimensions.AspectRatio(image.Width, image.Height);
            var (edited, usedSeed) = await RunAsync(o, o.KontextModel, kontext, request.Seed, ct);
            return new ImageResult(ProviderImages.FitTo(edited, image.Width, image.Height)) { Seed = usedSeed };
        }

        var (width, height) = FluxDimensions.Fit(image.Width, image.Height, o.MinSide, o.MaxSide);
        var region = EditRegions.Resolve(request, width, height, Key);
        var fill = Common(o, prompt, request.Seed);
        using (var sent = ProviderImages.Stretch(image, width, height))
            fill["image"] = ProviderImages.PngBase64(sent);
        using (var mask = ProviderMasks.WhiteWhereEdited(region, width, height))
            fill["mask"] = ProviderImages.PngBase64(mask);
        var (bitmap, seed) = await RunAsync(o, o.FillModel, fill, request.Seed, ct);
        using (bitmap)
            return new ImageResult(ProviderImages.Stretch(bitmap, image.Width, image.Height)) { Seed = seed };
    }

    private static JsonObject Common(FluxOptions o, string prompt, long seed) => new()
    {
        ["prompt"] = prompt,
        ["seed"] = ApiSeed(seed),
        ["output_format"] = o.OutputFormat,
        ["safety_tolerance"] = o.SafetyTolerance,
        ["prompt_upsampling"] = false,
    };

    /// <summary>Submit, poll, download.</summary>
    private async Task<(SKBitmap Bitmap, long Seed)> RunAsync(FluxOptions o, string model, JsonObject body, long seed, CancellationToken ct)
    {
        var client = Client(o, seed);
        var json = body.ToJsonString();
        var submitted = await client.SendJsonAsync(() => Keyed(o, HttpMethod.Post, Url(o, $"/v1/{model}"), json), ct);
        var id = ProviderJson.String(submitted, "id")
            ?? throw ProviderFailures.ProviderError(Key, "the submit answer has no task id.");
        var pollUrl = Uri.TryCreate(ProviderJson.String(submitted, "polling_url"), UriKind.Absolute, out var given)
            ? given
            : Url(o, $"/v1/get_result?id={Uri.EscapeDataString(id)}");
        var sendKey = FluxHosts.SameService(pollUrl, Url(o, "/"));

        var ready = await FluxPoller.WaitAsync(client, o, () => Keyed(o, HttpMethod.Get, pollUrl, null, sendKey), ct);
        var bytes = await DownloadAsync(client, ready.SampleUrl, ct);
        return (ProviderImages.Decode(bytes, Key), ready.Seed ?? ApiSeed(seed));
    }

    private static HttpRequestMessage Keyed(FluxOptions o, HttpMethod method, Uri url, string? json, bool sendKey = true)
    {
        var message = new HttpRequestMessage(method, url);
        if (json is not null)
            message.Content = new StringContent(json, Encoding.UTF8, "application/json");
        message.Headers.Accept.ParseAdd("application/json");
        if (sendKey)
            message.Headers.Add("x-key", o.ApiKey);
        return message;
    }
}
