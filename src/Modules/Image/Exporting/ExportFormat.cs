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

    /// <summary>Whether the format can keep transparency.</summary>
    public static bool SupportsAlpha(this ExportFormat format) => format is not ExportFormat.Jpg;

    /// <summary>Whether the format holds several pages.</summary>
    public static bool SupportsPages(this ExportFormat format) => format is ExportFormat.Pdf or ExportFormat.Tiff;
}
