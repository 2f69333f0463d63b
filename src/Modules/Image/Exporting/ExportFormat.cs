using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>Export Engine formats (contract <c>ImageFormat</c>).</summary>
internal enum ExportFormat
{
    Png,
    Jpg,
    Webp,
    Svg,
    Pdf,
    Tiff,
}

internal static class ExportFormats
{
    public static string MediaType(this ExportFormat format) => format switch
    {
        ExportFormat.Png => "image/png",
        ExportFormat.Jpg => "image/jpeg",
        ExportFormat.Webp => "image/webp",
        ExportFormat.Svg => "image/svg+xml",
        ExportFormat.Pdf => "application/pdf",
        ExportFormat.Tiff => "image/tiff",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>File extension with the dot, e.g. <c>.jpg</c>.</summary>
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Jpg => ".jpg",
        ExportFormat.Tiff => ".tiff",
        _ => "." + format.ToString().ToLowerInvariant(),
    };

    /// <summary>Parses the contract's names (<c>PNG</c>, <c>JPG</c>/<c>JPEG</c>, <c>WEBP</c>, <c>SVG</c>, <c>PDF</c>, <c>TIFF</c>/<c>TIF</c>), any case, with or without a dot.</summary>
    public static ExportFormat Parse(string name) => name.Trim().TrimStart('.').ToUpperInvariant() switch
    {
        "PNG" => ExportFormat.Png,
        "JPG" or "JPEG" => ExportFormat.Jpg,
        "WEBP" => ExportFormat.Webp,
        "SVG" => ExportFormat.Svg,
        "PDF" => ExportFormat.Pdf,
        "TIFF" or "TIF" => ExportFormat.Tiff,
        _ => throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Unknown export format '{name}'; use PNG, JPG, WEBP, SVG, PDF or TIFF."),
    };

    /// <summary>Whether the format can keep transparency.</summary>
    public static bool SupportsAlpha(this ExportFormat format) => format is not ExportFormat.Jpg;

    /// <summary>Whether the format holds several pages.</summary>
    public static bool SupportsPages(this ExportFormat format) => format is ExportFormat.Pdf or ExportFormat.Tiff;
}
