using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

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

    /// <summary>Refuses a missing or empty (0-pixel, unallocated) bitmap.</summary>
    public static void RequirePixels(SKBitmap? bitmap, string what)
    {
        if (bitmap is not null && (bitmap.Width <= 0 || bitmap.Height <= 0 || bitmap.GetPixels() == IntPtr.Zero))
        {
            throw Invalid($"The {what} is empty ({bitmap.Width}x{bitmap.Height}, no pixels).");
        }
    }
}
