namespace MediaCreator.Modules.Image.Abstractions;

/// <summary>
/// An image provider (spec: "Provider interface: generate, edit, upscale"). The built-in <c>skia</c> provider renders
/// offline; external providers (OpenAI-compatible Images API, Black Forest Labs Flux, Stable Diffusion WebUI) are HTTP
/// clients. A provider that cannot do something throws <see cref="ImageProviderException"/> with
/// <see cref="ImageProviderErrorCodes.Unsupported"/> and names the providers that can.
/// </summary>
public interface IImageProvider
{
    /// <summary>Registry key, e.g. <c>skia</c>, <c>openai-images</c>, <c>flux</c>, <c>sd-webui</c>.</summary>
    string Key { get; }

    bool CanGenerate { get; }

    bool CanUpscale { get; }

    /// <summary>The edit operations this provider performs.</summary>
    IReadOnlySet<ImageEditOperation> EditOperations { get; }

    Task<ImageResult> GenerateAsync(ImageGenerateRequest request, CancellationToken ct);

    Task<ImageResult> EditAsync(ImageEditRequest request, CancellationToken ct);

    Task<ImageResult> UpscaleAsync(ImageUpscaleRequest request, CancellationToken ct);
}
