using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Retouch;

/// <summary>RETOUCH: denoise, white balance, levels, skin smoothing, then sharpening last (on the cleaned image).</summary>
internal static class RetouchPipeline
{
    public static FloatImage Apply(FloatImage image, RetouchOptions? options, CancellationToken ct)
    {
        options ??= new RetouchOptions();
        Check(options.Denoise, nameof(options.Denoise));
        Check(options.Sharpen, nameof(options.Sharpen));
        Check(options.SkinSmoothing, nameof(options.SkinSmoothing));
        var result = image.Clone();
        if (options.Denoise > 0)
        {
            // Range sigma follows the measured noise so real edges (steps well above the noise) survive.
            var noise = Math.Max(2, BilateralFilter.EstimateNoiseSigma(result));
            BilateralFilter.Apply(result, 1 + (2 * options.Denoise), noise * (1.5f + (2 * options.Denoise)), null, ct);
        }

        ct.ThrowIfCancellationRequested();
        if (options.WhiteBalance)
        {
            WhiteBalance.Apply(result, WhiteBalanceMethod.GrayWorld);
        }

        if (options.AutoLevels)
        {
            AutoLevels.Apply(result);
        }

        if (options.SkinSmoothing > 0)
        {
            SkinSmoothing.Apply(result, options.SkinSmoothing, ct);
        }

        ct.ThrowIfCancellationRequested();
        if (options.Sharpen > 0)
        {
            UnsharpMask.Apply(result, 1.5f * options.Sharpen);
        }

        return result;
    }

    private static void Check(float value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw EditErrors.Invalid($"RETOUCH {name} must be between 0 and 1, got {value}.");
        }
    }
}
