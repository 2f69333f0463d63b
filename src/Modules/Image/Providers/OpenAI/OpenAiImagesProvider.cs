using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Providers.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Providers.OpenAI;

/// <summary>
/// <c>openai-images</c>: an OpenAI-compatible Images API. Generation posts JSON to <c>/v1/images/generations</c>;
/// edits post multipart to <c>/v1/images/edits</c> with a PNG mask that is transparent where to edit. Sizes are
/// snapped to what the model accepts and the result is brought back to the asked size. No seed in this API.
/// </summary>
internal sealed class OpenAiImagesProvider(
    HttpClient http, IOptionsMonitor<OpenAiImagesOptions> options, ILogger<OpenAiImagesProvider> logger)
    : HttpImageProvider<OpenAiImagesOptions>(http, options, logger), IImageProvider
{
    public override string Key => "openai-images";

    protected override string Section => OpenAiImagesOptions.SectionName;

    public async Task<ImageResult> GenerateAsync(ImageGenerateRequest request, CancellationToken ct)
    {
        ImageRequestChecks.Size(request.Width, request.Height, Key);
        var o = Configured();
        var model = OpenAiModel.From(o);
        var size = model.Snap(request.Width, request.Height);
        var reference = request.Reference ?? request.Character?.ReferenceImages.FirstOrDefault();
        if (reference is not null)
        {
            if (!model.CanUseReference)
                throw ProviderFailures.Unsupported(Key, $"use a reference image with {model.Name}", "flux");
            var (referenceClient, edited) = await PostEditAsync(o, model, reference, null, EditPrompts.Generation(request), size, request.Seed, ct);
            return await ResultAsync(referenceClient, edited, request.Width, request.Height, stretch: false, ct);
        }

        var requestStyle = request.Style?.Trim().ToLowerInvariant();
        var styleAsParameter = model.TakesStyle && requestStyle is "vivid" or "natural";
        var style = !model.TakesStyle ? null : styleAsParameter ? requestStyle : o.Style;
        var body = new JsonObject
        {
            ["model"] = model.Name,
            ["prompt"] = EditPrompts.Generation(request, styleSentSeparately: styleAsParameter),
            ["n"] = 1,
            ["size"] = OpenAiModel.SizeText(size),
        };
        if (model.TakesResponseFormat)
            body["response_format"] = "b64_json";
        if (model.TakesQuality && !string.IsNullOrWhiteSpace(o.Quality))
            body["quality"] = o.Quality;
        if (!string.IsNullOrWhiteSpace(style))
            body["style"] = style;

        var client = Client(o, request.Seed, OpenAiAnswers.Refusal);
        var answer = await client.SendJsonAsync(() => Authorized(o, "/v1/images/generations", JsonContent(body)), ct);
        return await ResultAsync(client, answer, request.Width, request.Height, stretch: false, ct);
    }

    public async Task<ImageResult> EditAsync(ImageEditRequest request, CancellationToken ct)
    {
        EnsureEditable(request.Operation);
        var o = Configured();
        var model = OpenAiModel.From(o);
        if (!model.CanEdit)
            throw ProviderFailures.Unsupported(Key, $"edit images with {model.Name} (use gpt-image-1 or dall-e-2)", "flux", "sd-webui");
        var prompt = EditPrompts.For(request, Key);
        var size = model.Snap(request.Image.Width, request.Image.Height);
        var region = EditRegions.Resolve(request, size.Width, size.Height, Key);
        var (client, answer) = await PostEditAsync(o, model, request.Image, region, prompt, size, request.Seed, ct);
        return await ResultAsync(client, answer, request.Image.Width, request.Image.Height, stretch: true, ct);
    }

    /// <summary>The multipart edit call; the image (and mask) go at the snapped size.</summary>
    private async Task<(ProviderHttpClient Client, JsonElement Answer)> PostEditAsync(
        OpenAiImagesOptions o, OpenAiModel model, SKBitmap image, bool[]? region, string prompt, (int Width, int Height) size,
        long seed, CancellationToken ct)
    {
        byte[] imagePng;
        using (var sent = ProviderImages.Stretch(image, size.Width, size.Height))
            imagePng = ProviderImages.Png(sent);
        byte[]? maskPng = null;
        if (region is not null)
        {
            using var mask = ProviderMasks.TransparentWhereEdited(region, size.Width, size.Height);
            maskPng = ProviderImages.Png(mask);
        }

        MultipartFormDataContent Form()
        {
            var form = new MultipartFormDataContent();
            form.Add(Png(imagePng), "image", "image.png");
            if (maskPng is not null)
                form.Add(Png(maskPng), "mask", "mask.png");
            form.Add(new StringContent(prompt), "prompt");
            form.Add(new StringContent(model.Name), "model");
            form.Add(new StringContent("1"), "n");
            form.Add(new StringContent(OpenAiModel.SizeText(size)), "size");
            if (model.TakesResponseFormat)
                form.Add(new StringContent("b64_json"), "response_format");
            if (model.IsGptImage && !string.IsNullOrWhiteSpace(o.Quality))
                form.Add(new StringContent(o.Quality), "quality");
            return form;
        }

        var client = Client(o, seed, OpenAiAnswers.Refusal);
        return (client, await client.SendJsonAsync(() => Authorized(o, "/v1/images/edits", Form()), ct));
    }

    private async Task<ImageResult> ResultAsync(
        ProviderHttpClient client, JsonElement answer, int width, int height, bool stretch, CancellationToken ct)
    {
        var (base64, url, revised) = OpenAiAnswers.First(answer);
        var bitmap = base64 is not null ? ProviderImages.DecodeBase64(base64, Key)
            : ProviderImages.Decode(await DownloadAsync(client, url, ct), Key);
        if (stretch && (bitmap.Width != width || bitmap.Height != height))
        {
            var stretched = ProviderImages.Stretch(bitmap, width, height);
            bitmap.Dispose();
            bitmap = stretched;
        }
        return new ImageResult(ProviderImages.FitTo(bitmap, width, height)) { RevisedPrompt = revised };
    }

    private static HttpRequestMessage Authorized(OpenAiImagesOptions o, string path, HttpContent content)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Url(o, path)) { Content = content };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiKey);
        return message;
    }

    private static StringContent JsonContent(JsonObject body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static ByteArrayContent Png(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return content;
    }
}
