namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>Sizes for APIs that take sides in steps (BFL: 32, Stable Diffusion: 8) within limits, aspect kept.</summary>
internal static class SnappedSize
{
    public static (int Width, int Height) Fit(int width, int height, int min, int max, int step)
    {
        min = (Math.Max(min, step) + step - 1) / step * step;
        max = Math.Max(min, max / step * step);
        var scale = 1.0;
        if (Math.Max(width, height) > max)
            scale = (double)max / Math.Max(width, height);
        if (Math.Min(width, height) * scale < min)
            scale = (double)min / Math.Min(width, height);
        return (Side(width * scale), Side(height * scale));

        int Side(double value) => Math.Clamp((int)Math.Round(value / step, MidpointRounding.AwayFromZero) * step, min, max);
    }
}
