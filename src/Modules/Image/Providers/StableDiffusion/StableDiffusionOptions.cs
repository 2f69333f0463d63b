using MediaCreator.Modules.Image.Providers.Http;

namespace MediaCreator.Modules.Image.Providers.StableDiffusion;

/// <summary><c>Image:Providers:StableDiffusion</c>: an AUTOMATIC1111 WebUI started with <c>--api</c>.</summary>
internal sealed class StableDiffusionOptions : HttpProviderOptions
{
    public const string SectionName = "Image:Providers:StableDiffusion";

    /// <summary>Basic auth (<c>--api-auth user:password</c>); none when empty.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    public int Steps { get; set; } = 30;

    public double CfgScale { get; set; } = 7;

    public string Sampler { get; set; } = "DPM++ 2M";

    public string NegativePrompt { get; set; } = "lowres, blurry, watermark, signature, deformed";

    /// <summary>INPAINT strength; REMOVE_OBJECT uses 0.9 and generative edits 1.0.</summary>
    public double DenoisingStrength { get; set; } = 0.75;

    /// <summary>INPAINT masked content: 0 fill, 1 original, 2 latent noise, 3 latent nothing.</summary>
    public int InpaintingFill { get; set; } = 1;

    public int MaskBlur { get; set; } = 4;

    public string Upscaler { get; set; } = "R-ESRGAN 4x+";

    public int MaxSide { get; set; } = 2048;
}
