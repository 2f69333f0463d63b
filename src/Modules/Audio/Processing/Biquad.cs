namespace MediaCreator.Modules.Audio.Processing;

/// <summary>
/// A second-order IIR section designed with Robert Bristow-Johnson's "Audio EQ Cookbook" formulas (bilinear
/// transform with frequency pre-warping), normalised so <c>a0 = 1</c>. Runs in direct form I with double state.
/// </summary>
internal readonly record struct Biquad(double B0, double B1, double B2, double A1, double A2)
{
    /// <summary>Identity section.</summary>
    public static Biquad Identity => new(1, 0, 0, 0, 0);

    public static Biquad HighPass(double frequency, double q, int rate)
    {
        var (cos, alpha) = Prewarp(frequency, q, rate);
        return Normalise((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public static Biquad LowPass(double frequency, double q, int rate)
    {
        var (cos, alpha) = Prewarp(frequency, q, rate);
        return Normalise((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /// <summary>Band-pass with 0 dB gain at the centre (so <c>1 - BandPass</c> is the cookbook notch).</summary>
    public static Biquad BandPass(double frequency, double q, int rate)
    {
        var (cos, alpha) = Prewarp(frequency, q, rate);
        return Normalise(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public static Biquad Peaking(double frequency, double gainDb, double q, int rate)
    {
        var (cos, alpha) = Prewarp(frequency, q, rate);
        var a = Math.Pow(10, gainDb / 40);
        return Normalise(1 + alpha * a, -2 * cos, 1 - alpha * a, 1 + alpha / a, -2 * cos, 1 - alpha / a);
    }

    /// <summary>Low shelf with shelf slope S = 1 (the steepest without overshoot).</summary>
    public static Biquad LowShelf(double frequency, double gainDb, int rate)
    {
        var a = Math.Pow(10, gainDb / 40);
        var (cos, alpha) = ShelfPrewarp(frequency, rate);
        var s = 2 * Math.Sqrt(a) * alpha;
        return Normalise(
            a * ((a + 1) - (a - 1) * cos + s), 2 * a * ((a - 1) - (a + 1) * cos), a * ((a + 1) - (a - 1) * cos - s),
            (a + 1) + (a - 1) * cos + s, -2 * ((a - 1) + (a + 1) * cos), (a + 1) + (a - 1) * cos - s);
    }

    /// <summary>High shelf with shelf slope S = 1.</summary>
    public static Biquad HighShelf(double frequency, double gainDb, int rate)
    {
        var a = Math.Pow(10, gainDb / 40);
        var (cos, alpha) = ShelfPrewarp(frequency, rate);
        var s = 2 * Math.Sqrt(a) * alpha;
        return Normalise(
            a * ((a + 1) + (a - 1) * cos + s), -2 * a * ((a - 1) + (a + 1) * cos), a * ((a + 1) + (a - 1) * cos - s),
            (a + 1) - (a - 1) * cos + s, 2 * ((a - 1) - (a + 1) * cos), (a + 1) - (a - 1) * cos - s);
    }

    /// <summary>Magnitude response in dB at <paramref name="frequency"/> (evaluates H(e^jw) of the design).</summary>
    public double ResponseDb(double frequency, int rate)
    {
        var w = 2 * Math.PI * frequency / rate;
        var z1 = new System.Numerics.Complex(Math.Cos(-w), Math.Sin(-w));
        var z2 = z1 * z1;
        var h = (B0 + B1 * z1 + B2 * z2) / (1 + A1 * z1 + A2 * z2);
        return 20 * Math.Log10(Math.Max(1e-12, h.Magnitude));
    }

    /// <summary>Filters <paramref name="samples"/> in place from a zero state.</summary>
    public void Process(Span<float> samples) => Process(samples, samples);

    /// <summary>Filters <paramref name="input"/> into <paramref name="output"/> (which may be the same array).</summary>
    public void Process(ReadOnlySpan<float> input, Span<float> output)
    {
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (var i = 0; i < input.Length; i++)
        {
            double x = input[i];
            var y = B0 * x + B1 * x1 + B2 * x2 - A1 * y1 - A2 * y2;
            x2 = x1; x1 = x;
            y2 = y1; y1 = y;
            output[i] = (float)y;
        }
    }

    private static (double Cos, double Alpha) Prewarp(double frequency, double q, int rate)
    {
        var w0 = 2 * Math.PI * Math.Clamp(frequency, 1, rate * 0.499) / rate;
        return (Math.Cos(w0), Math.Sin(w0) / (2 * q));
    }

    // alpha = sin(w0)/2 * sqrt((A + 1/A)(1/S - 1) + 2) is sin(w0)/(2Q) with Q = 1/sqrt(2) when S = 1.
    private static (double Cos, double Alpha) ShelfPrewarp(double frequency, int rate) => Prewarp(frequency, Math.Sqrt(0.5), rate);

    private static Biquad Normalise(double b0, double b1, double b2, double a0, double a1, double a2) =>
        new(b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0);
}
