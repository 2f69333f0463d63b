using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Jobs;

/// <summary>
/// The stored <c>ImageJobInput</c> (Job.input_payload) of <c>image.generate</c>, <c>image.edit</c> and
/// <c>image.template</c>. Enum-valued members hold the contract's names (GENERATE, REMOVE_OBJECT, COLORING_BOOK,
/// PNG, RATIO_16_9...); asset ids are the assets' database ids (the mutations decode and check global ids).
/// </summary>
internal sealed record ImageJobInput
{
    public required string Mode { get; init; }
    public string? Prompt { get; init; }
    public string? Style { get; init; }
    /// <summary>Quote/caption text of a template.</summary>
    public string? Text { get; init; }
    public Guid? ImageId { get; init; }
    public Guid? ReferenceImageId { get; init; }
    public Guid? MaskImageId { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public int? BatchCount { get; init; }
    public string? TemplateType { get; init; }
    public string? EditOperation { get; init; }
    public ImageEditParameters? Parameters { get; init; }
    public int? UpscaleFactor { get; init; }
    public int? PageCount { get; init; }
    public long? Seed { get; init; }
    public CharacterLockInput? CharacterLock { get; init; }
    public ImageOutputInput? Output { get; init; }
    /// <summary>Template options (layout structure, card definitions, board spec, model...).</summary>
    public JsonElement? Options { get; init; }
    /// <summary>Bulk template fill: one output set per data row.</summary>
    public IReadOnlyList<Dictionary<string, string>>? Rows { get; init; }
}

/// <param name="LookJson">The stored character's skia look, when the lock names a stored character.</param>
/// <param name="Seed">The stored character's seed; otherwise derived from name and descriptor.</param>
internal sealed record CharacterLockInput(string? Name, IReadOnlyList<Guid>? ReferenceImageIds, double Strength = 0.8, string? Descriptor = null,
    string? LookJson = null, long? Seed = null);

/// <param name="PrintSizes">Print sizes (A4, LETTER, PHOTO4X6...) rendered at <paramref name="Dpi"/> (300 by default).</param>
internal sealed record ImageOutputInput(IReadOnlyList<string>? Formats, IReadOnlyList<string>? AspectRatios, int? Dpi,
    IReadOnlyList<string>? PrintSizes = null);

/// <summary>What an image job returns besides its output assets.</summary>
internal sealed record ImageJobOutput(int Images, IReadOnlyList<ImageJobOutputFile> Files);

internal sealed record ImageJobOutputFile(Guid AssetId, string FileName, string MediaType, int Width, int Height);

/// <summary>The contract's enum names mapped to the engine's.</summary>
internal static class ImageContractNames
{
    public static string Of<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant()
            .Replace("QUOTE90S", "QUOTE_90S", StringComparison.Ordinal);

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(name)) return false;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }
}
