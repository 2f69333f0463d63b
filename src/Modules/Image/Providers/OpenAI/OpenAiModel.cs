using System.Globalization;
using MediaCreator.Modules.Image.Providers.Http;

namespace MediaCreator.Modules.Image.Providers.OpenAI;

/// <summary>What an Images API model accepts: sizes, parameters, edits.</summary>
internal sealed record OpenAiModel(string Name, IReadOnlyList<(int Width, int Height)> Sizes)
{
    private static readonly (int, int)[] DallE2Sizes = [(256, 256), (512, 512), (1024, 1024)];
    private static readonly (int, int)[] DallE3Sizes = [(1024, 1024), (1792, 1024), (1024, 1792)];
    private static readonly (int, int)[] GptImageSizes = [(1024, 1024), (1536, 1024), (1024, 1536)];

    public bool IsDallE2 => Name == "dall-e-2";

    public bool IsDallE3 => Name == "dall-e-3";

    public bool IsGptImage => Name.StartsWith("gpt-image", StringComparison.Ordinal);

    /// <summary>gpt-image models always answer base64 and reject <c>response_format</c>.</summary>
    public bool TakesResponseFormat => !IsGptImage;

    public bool TakesQuality => IsDallE3 || IsGptImage;

    public bool TakesStyle => IsDallE3;

    public bool CanEdit => !IsDallE3;

    /// <summary>Only gpt-image models (and compatible servers) take an input image without a mask.</summary>
    public bool CanUseReference => !IsDallE2 && !IsDallE3;

    public static OpenAiModel From(OpenAiImagesOptions options)
    {
        var name = options.Model ?? "gpt-image-1";
        IReadOnlyList<(int, int)> sizes = options.Sizes.Count > 0 ? options.Sizes.Select(Parse).ToArray()
            : name == "dall-e-2" ? DallE2Sizes
            : name == "dall-e-3" ? DallE3Sizes
            : GptImageSizes;
        return new OpenAiModel(name, sizes);
    }

    /// <summary>
    /// The accepted size closest in aspect ratio to the asked one; among equals, the smallest that covers it (else the
    /// largest), so the result is scaled down rather than up.
    /// </summary>
    public (int Width, int Height) Snap(int width, int height)
    {
        var aspect = Math.Log((double)width / height);
        return Sizes
            .OrderBy(s => Math.Round(Math.Abs(Math.Log((double)s.Width / s.Height) - aspect), 3))
            .ThenBy(s => s.Width >= width && s.Height >= height ? 0 : 1)
            .ThenBy(s => s.Width >= width && s.Height >= height ? s.Width * s.Height : -s.Width * s.Height)
            .First();
    }

    public static string SizeText((int Width, int Height) size) =>
        string.Create(CultureInfo.InvariantCulture, $"{size.Width}x{size.Height}");

    private static (int, int) Parse(string text)
    {
        var parts = text.Split('x', 'X');
        if (parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h) && w > 0 && h > 0)
            return (w, h);
        throw ProviderFailures.NotConfigured("openai-images", OpenAiImagesOptions.SectionName, $"Sizes as WIDTHxHEIGHT (not '{text}')");
    }
}
