using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Providers.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Image.Providers.StableDiffusion;

/// <summary>
/// <c>sd-webui</c>: the AUTOMATIC1111 Stable Diffusion WebUI API. <c>/sdapi/v1/txt2img</c> generates (seed passed,
/// the used seed read back from <c>info</c>), <c>/sdapi/v1/img2img</c> inpaints with a white-means-repaint mask,
/// <c>/sdapi/v1/extra-single-image</c> upscales ×2/×4. Sides are multiples of 8. Optional basic auth.
/// </summary>
internal sealed class StableDiffusionProvider(
    HttpClient http, IOptionsMonitor<StableDiffusionOptions> options, ILogger<StableDiffusionProvider> logger)
    : HttpImageProvider<StableDiffusionOptions>(http, options, logger), IImageProvider
{
    private const int Step = 8;

    public override string Key => "sd-webui";

    protected override string Section => StableDiffusionOptions.SectionName;

    protected override bool RequiresApiKey => false;

    public override bool CanUpscale => true;

    public async Task<ImageResult> GenerateAsync(ImageGenerateRequest request, CancellationToken ct)
    {
        ImageRequestChecks.Size(request.Width, request.Height, Key);
        var o = Configured();
        var (width, height) = SnappedSize.Fit(request.Width, request.Height, 64, o.MaxSide, Step);
        var prompt = EditPrompts.Generation(request);
        var seed = ApiSeed(request.Seed);
        var reference = request.Reference ?? request.Character?.ReferenceImages.FirstOrDefault();
        JsonElement answer;
        if (reference is null)
        {
            answer = await PostAsync(o, "/sdapi/v1/txt2img", StableDiffusionPayloads.Txt2Img(o, prompt, seed, width, height), request.Seed, ct);
        }
        else
        {
            string referenceBase64;
            using (var sent = ProviderImages.Stretch(reference, width, height))
                referenceBase64 = ProviderImages.PngBase64(sent);
            var denoise = request.Character is { } character ? Math.Clamp(1 - character.Strength, 0.15, 0.95) : o.DenoisingStrength;
            var body = StableDiffusionPayloads.Variation(o, prompt, seed, width, height, referenceBase64, denoise);
            answer = await PostAsync(o, "/sdapi/v1/img2img", body, request.Seed, ct);
        }
        var bitmap = ProviderImages.DecodeBase64(StableDiffusionPayloads.FirstImage(answer), Key);
        return new ImageResult(ProviderImages.FitTo(bitmap, request.Width, request.Height))
        {
            Seed = StableDiffusionPayloads.Seed(answer) ?? ApiSeed(request.Seed),
        };
    }

    public async Task<ImageResult> EditAsync(ImageEditRequest request, CancellationToken ct)
    {
        EnsureEditable(request.Operation);
        var o = Configured();
        var prompt = EditPrompts.For(request, Key);
        var image = request.Image;
        var (width, height) = SnappedSize.Fit(image.Width, image.Height, 64, o.MaxSide, Step);
        var region = EditRegions.Resolve(request, width, height, Key);
        string imageBase64, maskBase64;
        using (var sent = ProviderImages.Stretch(image, width, height))
            imageBase64 = ProviderImages.PngBase64(sent);
        using (var mask = ProviderMasks.WhiteWhereEdited(region, width, height))
            maskBase64 = ProviderImages.PngBase64(mask);

        var body = StableDiffusionPayloads.Img2Img(o, request.Operation, prompt, ApiSeed(request.Seed), width, height, imageBase64, maskBase64);
        var answer = await PostAsync(o, "/sdapi/v1/img2img", body, request.Seed, ct);
        using var bitmap = ProviderImages.DecodeBase64(StableDiffusionPayloads.FirstImage(answer), Key);
        return new ImageResult(ProviderImages.Stretch(bitmap, image.Width, image.Height))
        {
            Seed = StableDiffusionPayloads.Seed(answer) ?? ApiSeed(request.Seed),
        };
    }

    public override async Task<ImageResult> UpscaleAsync(ImageUpscaleRequest request, CancellationToken ct)
    {
        if (request.Factor is not (2 or 4))
            throw ProviderFailures.InvalidInput(Key, $"upscale factor must be 2 or 4, not {request.Factor}.");
        var o = Configured();
        var body = StableDiffusionPayloads.Upscale(o, ProviderImages.PngBase64(request.Image), request.Factor);
        var answer = await PostAsync(o, "/sdapi/v1/extra-single-image", body, request.Image.Width, ct);
        var bitmap = ProviderImages.DecodeBase64(ProviderJson.String(answer, "image"), Key);
        var (width, height) = (request.Image.Width * request.Factor, request.Image.Height * request.Factor);
        if (bitmap.Width == width && bitmap.Height == height)
            return new ImageResult(bitmap);
        using (bitmap)
            return new ImageResult(ProviderImages.Stretch(bitmap, width, height));
    }

    private Task<JsonElement> PostAsync(StableDiffusionOptions o, string path, JsonObject body, long seed, CancellationToken ct)
    {
        var json = body.ToJsonString();
        return Client(o, seed).SendJsonAsync(() =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, Url(o, path))
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            if (!string.IsNullOrEmpty(o.Username))
                message.Headers.Authorization = new AuthenticationHeaderValue(
                    "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.Username}:{o.Password}")));
            return message;
        }, ct);
    }
}
