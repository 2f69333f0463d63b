namespace MediaCreator.Modules.Image.Skia.Editing.Pixels;

/// <summary>Separable Gaussian blur of one float plane; edges repeat the border pixel.</summary>
internal static class GaussianBlur
{
    public static float[] Blur(float[] src, int width, int height, float sigma)
    {
        if (sigma <= 0.01f)
        {
            return (float[])src.Clone();
        }

        var kernel = Kernel(sigma);
        var radius = kernel.Length / 2;
        var tmp = new float[src.Length];
        var dst = new float[src.Length];
        Parallel.For(0, height, y =>
        {
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                float sum = 0;
                for (var k = -radius; k <= radius; k++)
                {
                    sum += kernel[k + radius] * src[row + Math.Clamp(x + k, 0, width - 1)];
                }

                tmp[row + x] = sum;
            }
        });
        Parallel.For(0, height, y =>
        {
            for (var x = 0; x < width; x++)
            {
                float sum = 0;
                for (var k = -radius; k <= radius; k++)
                {
                    sum += kernel[k + radius] * tmp[(Math.Clamp(y + k, 0, height - 1) * width) + x];
                }

                dst[(y * width) + x] = sum;
            }
        });
        return dst;
    }

    /// <summary>Normalised weights over ±3 sigma.</summary>
    public static float[] Kernel(float sigma)
    {
        var radius = Math.Max(1, (int)MathF.Ceiling(sigma * 3));
        var kernel = new float[(2 * radius) + 1];
        float total = 0;
        for (var i = -radius; i <= radius; i++)
        {
            kernel[i + radius] = MathF.Exp(-(i * i) / (2 * sigma * sigma));
            total += kernel[i + radius];
        }

        for (var i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= total;
        }

        return kernel;
    }
}
