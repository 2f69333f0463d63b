using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>Picks the nearest of the values a service accepts.</summary>
internal static class Fitting
{
    /// <summary>The ratio (<c>16:9</c> or <c>1280:720</c> style) closest to <paramref name="aspect"/> on a log scale.</summary>
    public static string Ratio(AspectRatio aspect, IEnumerable<string> allowed) =>
        allowed.MinBy(r => Math.Abs(Math.Log(Value(r) / aspect.Value))) ?? aspect.ToString();

    public static int Duration(double seconds, IEnumerable<int> allowed) =>
        allowed.OrderBy(d => Math.Abs(d - seconds)).ThenByDescending(d => d).FirstOrDefault((int)Math.Round(seconds));

    private static double Value(string ratio)
    {
        var p = ratio.Split(':');
        return double.Parse(p[0], CultureInfo.InvariantCulture) / double.Parse(p[1], CultureInfo.InvariantCulture);
    }
}
