namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Turns where a shot's subject is (source pixels, per sample) into where the crop window sits along one axis:
/// aim at the subject, ignore moves inside a dead zone, low-pass, limit the pan speed, and finally make sure the
/// subject is inside the window whatever the smoothing did.
/// </summary>
internal static class PathSmoother
{
    /// <param name="times">Sample times in seconds, increasing.</param>
    /// <param name="centers">The subject's centre on this axis.</param>
    /// <param name="halfSizes">Half the subject's extent on this axis.</param>
    /// <param name="crop">The crop window's size on this axis.</param>
    /// <param name="source">The source frame's size on this axis.</param>
    /// <param name="slack">Room kept between subject and window edge, for the path simplification's error.</param>
    public static double[] Axis(double[] times, double[] centers, double[] halfSizes, double crop, double source, double slack, SubjectReframeOptions options)
    {
        var max = source - crop;
        var n = times.Length;
        if (max <= 0) return new double[n];
        var aim = centers.Select(c => Math.Clamp(c - crop / 2, 0, max)).ToArray();
        aim = Median3(aim);
        aim = DeadZone(aim, options.DeadZone * crop);
        var smooth = Gaussian(times, aim, options.SmoothingSeconds);
        smooth = LimitSpeed(times, smooth, options.MaxPanSpeed * crop);
        for (var i = 0; i < n; i++)
        {
            // A subject larger than the window cannot be kept whole: the smoothed aim is all there is.
            var margin = halfSizes[i] + slack;
            if (2 * margin > crop) continue;
            smooth[i] = Math.Clamp(Math.Clamp(smooth[i], centers[i] + margin - crop, centers[i] - margin), 0, max);
        }
        // Keeping the subject in may pan faster than the limit, but never more than twice it (a jumping detection
        // must not whip the window around).
        return LimitSpeed(times, smooth, 2 * options.MaxPanSpeed * crop);
    }

    private static double[] Median3(double[] v)
    {
        var r = (double[])v.Clone();
        for (var i = 1; i + 1 < v.Length; i++)
            r[i] = Math.Max(Math.Min(v[i - 1], v[i]), Math.Min(Math.Max(v[i - 1], v[i]), v[i + 1]));
        return r;
    }

    // Holds the aim until the subject leaves the zone around it, then re-aims at the subject.
    private static double[] DeadZone(double[] v, double zone)
    {
        var r = new double[v.Length];
        var held = v.Length > 0 ? v[0] : 0;
        for (var i = 0; i < v.Length; i++)
        {
            if (Math.Abs(v[i] - held) > zone) held = v[i];
            r[i] = held;
        }
        return r;
    }

    // Zero-phase Gaussian low-pass over time (no lag), normalised at the shot's ends.
    private static double[] Gaussian(double[] t, double[] v, double sigma)
    {
        if (sigma <= 0) return (double[])v.Clone();
        var r = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            double sum = 0, weight = 0;
            for (var j = 0; j < v.Length; j++)
            {
                var d = (t[j] - t[i]) / sigma;
                if (Math.Abs(d) > 3) continue;
                var w = Math.Exp(-d * d / 2);
                sum += w * v[j];
                weight += w;
            }
            r[i] = sum / weight;
        }
        return r;
    }

    // The mean of a forward and a backward speed-limited pass: within the limit, and lagging neither way.
    private static double[] LimitSpeed(double[] t, double[] v, double maxSpeed)
    {
        var n = v.Length;
        if (n < 2 || maxSpeed <= 0) return v;
        var forward = (double[])v.Clone();
        for (var i = 1; i < n; i++) forward[i] = Step(forward[i - 1], v[i], (t[i] - t[i - 1]) * maxSpeed);
        var backward = (double[])v.Clone();
        for (var i = n - 2; i >= 0; i--) backward[i] = Step(backward[i + 1], v[i], (t[i + 1] - t[i]) * maxSpeed);
        return forward.Zip(backward, (a, b) => (a + b) / 2).ToArray();

        static double Step(double from, double to, double limit) => from + Math.Clamp(to - from, -limit, limit);
    }
}
