using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Skia.Editing;

/// <summary>The editor's expected failures.</summary>
internal static class EditErrors
{
    /// <summary>Providers whose models do what skia's pixel filters cannot.</summary>
    public static readonly IReadOnlyList<string> AiAlternatives = ["openai-images", "sd-webui"];

    public static ImageProviderException Invalid(string message) =>
        new(ImageProviderErrorCodes.InvalidInput, message);

    public static ImageProviderException Unsupported(string message) =>
        new(ImageProviderErrorCodes.Unsupported, message, alternatives: AiAlternatives);
}
