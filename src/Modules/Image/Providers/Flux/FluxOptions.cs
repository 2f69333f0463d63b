using MediaCreator.Modules.Image.Providers.Http;

namespace MediaCreator.Modules.Image.Providers.Flux;

/// <summary><c>Image:Providers:Flux</c>: Black Forest Labs' API (<c>https://api.bfl.ai</c>).</summary>
internal sealed class FluxOptions : HttpProviderOptions
{
    public const string SectionName = "Image:Providers:Flux";

    public FluxOptions() => Model = "flux-pro-1.1";

    /// <summary>Masked edits (INPAINT, REMOVE_OBJECT, masked INSERT_OBJECT/REPLACE_BACKGROUND).</summary>
    public string FillModel { get; set; } = "flux-pro-1.0-fill";

    /// <summary>Prompt-only edits.</summary>
    public string KontextModel { get; set; } = "flux-kontext-pro";

    /// <summary><c>png</c> or <c>jpeg</c>.</summary>
    public string OutputFormat { get; set; } = "png";

    /// <summary>0 (strict) … 6 (permissive).</summary>
    public int SafetyTolerance { get; set; } = 2;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a submitted task may stay pending before we give up (PROVIDER_TIMEOUT).</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Side limits of the generation endpoint; sides are multiples of 32.</summary>
    public int MinSide { get; set; } = 256;

    public int MaxSide { get; set; } = 1440;
}
