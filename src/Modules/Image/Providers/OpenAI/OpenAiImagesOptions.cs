using MediaCreator.Modules.Image.Providers.Http;

namespace MediaCreator.Modules.Image.Providers.OpenAI;

/// <summary><c>Image:Providers:OpenAI</c>: an OpenAI-compatible Images API.</summary>
internal sealed class OpenAiImagesOptions : HttpProviderOptions
{
    public const string SectionName = "Image:Providers:OpenAI";

    public OpenAiImagesOptions() => Model = "gpt-image-1";

    /// <summary>dall-e-3: <c>standard</c>/<c>hd</c>; gpt-image: <c>low</c>/<c>medium</c>/<c>high</c>/<c>auto</c>.</summary>
    public string? Quality { get; set; }

    /// <summary>dall-e-3 only: <c>vivid</c> or <c>natural</c> (a request's style of that name wins).</summary>
    public string? Style { get; set; }

    /// <summary>Sizes a compatible server accepts (e.g. <c>512x512</c>); empty = the model's known list.</summary>
    public List<string> Sizes { get; set; } = [];
}
