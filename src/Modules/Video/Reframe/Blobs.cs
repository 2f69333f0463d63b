using OpenCvSharp;

namespace MediaCreator.Modules.Video.Reframe;

internal static class Blobs
{
    /// <summary>
    /// The connected component of <paramref name="mask"/> with the most weight (its pixel count, or the sum of
    /// <paramref name="weights"/> over it), as a box; null when the mask is empty.
    /// </summary>
    public static SubjectBox? Largest(Mat mask, Mat? weights) => LargestWithMass(mask, weights)?.Box;

    /// <summary>Like <see cref="Largest"/>, with the component's weight.</summary>
    public static (SubjectBox Box, double Mass)? LargestWithMass(Mat mask, Mat? weights)
    {
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(mask, labels, stats, centroids, PixelConnectivity.Connectivity8, MatType.CV_32S);
        if (count <= 1) return null;
        var mass = new double[count];
        if (weights is null)
        {
            for (var l = 1; l < count; l++) mass[l] = stats.At<int>(l, (int)ConnectedComponentsTypes.Area);
        }
        else
        {
            labels.GetArray(out int[] labelOf);
            weights.GetArray(out float[] weightOf);
            for (var i = 0; i < labelOf.Length; i++) mass[labelOf[i]] += weightOf[i];
        }
        var best = 1;
        for (var l = 2; l < count; l++) if (mass[l] > mass[best]) best = l;
        var box = new SubjectBox(
            centroids.At<double>(best, 0), centroids.At<double>(best, 1),
            stats.At<int>(best, (int)ConnectedComponentsTypes.Width), stats.At<int>(best, (int)ConnectedComponentsTypes.Height));
        return (box, mass[best]);
    }
}
