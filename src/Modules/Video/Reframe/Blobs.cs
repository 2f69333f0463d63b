using OpenCvSharp;

namespace MediaCreator.Modules.Video.Reframe;

internal static class Blobs
{
    /// <summary>
    /// The connected components of <paramref name="mask"/> as boxes with their weight: the pixel count, or the sum of
    /// <paramref name="weights"/> (CV_32F) over the component.
    /// </summary>
    public static List<(SubjectBox Box, double Mass)> All(Mat mask, Mat? weights)
    {
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(mask, labels, stats, centroids, PixelConnectivity.Connectivity8, MatType.CV_32S);
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
        var blobs = new List<(SubjectBox, double)>();
        for (var l = 1; l < count; l++)
        {
            blobs.Add((new SubjectBox(
                centroids.At<double>(l, 0), centroids.At<double>(l, 1),
                stats.At<int>(l, (int)ConnectedComponentsTypes.Width), stats.At<int>(l, (int)ConnectedComponentsTypes.Height)), mass[l]));
        }
        return blobs;
    }
}
