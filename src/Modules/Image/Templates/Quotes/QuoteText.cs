using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Rendering;

namespace MediaCreator.Modules.Image.Templates.Quotes;

/// <summary>Reads the words to set: request.Text, else Fields[quote|caption|text]; author from Fields or Options.</summary>
internal static class QuoteText
{
    public static string Main(TemplateRequest request, ImageTemplateType type)
    {
        var text = request.Text;
        if (string.IsNullOrWhiteSpace(text) && request.Fields is { } f)
        {
            text = new[] { "quote", "caption", "text" }.Select(k => f.TryGetValue(k, out var v) ? v : null).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        }
        return string.IsNullOrWhiteSpace(text)
            ? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"{type} needs text: request.Text or Fields[\"quote\"].")
            : text.Trim();
    }

    public static string? Author(TemplateRequest request, string? fromOptions) =>
        request.Fields is { } f && f.TryGetValue("author", out var a) && !string.IsNullOrWhiteSpace(a) ? a.Trim() : fromOptions;

    public static FontRole Font(string? name, FontRole fallback) =>
        name is not null && Enum.TryParse<FontRole>(name, true, out var role) ? role : fallback;
}
