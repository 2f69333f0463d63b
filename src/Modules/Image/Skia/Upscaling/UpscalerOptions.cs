namespace MediaCreator.Modules.Image.Skia.Upscaling;

/// <param name="BackProjectionIterations">Corrections applied after interpolation (0 = plain Lanczos-3).</param>
/// <param name="BackProjectionStep">How much of each residual is fed back (1 = all).</param>
/// <param name="Sharpen">Unsharp-mask amount applied at the end (0 = off).</param>
internal sealed record UpscalerOptions(int BackProjectionIterations = 6, float BackProjectionStep = 1f, float Sharpen = 0.3f);
