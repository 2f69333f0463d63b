using OpenCvSharp;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Spectral-residual saliency (Hou and Zhang, 2007): the part of a small frame's log amplitude spectrum that its local
/// average does not explain marks what stands out. The strongest salient blob is the subject when it holds a clear
/// share of the map.
/// </summary>
internal static class SaliencyDetector
{
    private const int MapWidth = 64;

    /// <summary>The salient blob in analysed-frame pixels and its share of all saliency (0..1), or null.</summary>
    public static (SubjectBox Box, double Share)? Detect(Mat gray)
    {
        var mapHeight = Math.Max(8, (int)Math.Round(MapWidth * gray.Rows / (double)gray.Cols));
        using var small = new Mat();
        Cv2.Resize(gray, small, new Size(MapWidth, mapHeight), interpolation: InterpolationFlags.Area);
        using var real = new Mat();
        small.ConvertTo(real, MatType.CV_32F, 1 / 255.0);
        using var imaginary = Mat.Zeros(real.Size(), MatType.CV_32F).ToMat();
        using var complex = new Mat();
        Cv2.Merge([real, imaginary], complex);
        Cv2.Dft(complex, complex);
        var planes = Cv2.Split(complex);
        using var magnitude = new Mat();
        using var phase = new Mat();
        Cv2.CartToPolar(planes[0], planes[1], magnitude, phase);
        foreach (var p in planes) p.Dispose();

        using var logAmplitude = new Mat();
        Cv2.Add(magnitude, new Scalar(1e-6), magnitude);
        Cv2.Log(magnitude, logAmplitude);
        using var average = new Mat();
        Cv2.Blur(logAmplitude, average, new Size(3, 3));
        using var residual = new Mat();
        Cv2.Subtract(logAmplitude, average, residual);
        Cv2.Exp(residual, residual);

        using var re = new Mat();
        using var im = new Mat();
        Cv2.PolarToCart(residual, phase, re, im);
        Cv2.Merge([re, im], complex);
        Cv2.Dft(complex, complex, DftFlags.Inverse | DftFlags.Scale);
        var back = Cv2.Split(complex);
        using var saliency = new Mat();
        Cv2.Magnitude(back[0], back[1], saliency);
        foreach (var p in back) p.Dispose();
        Cv2.Multiply(saliency, saliency, saliency);
        Cv2.GaussianBlur(saliency, saliency, new Size(0, 0), 2.5);

        var mean = Cv2.Mean(saliency).Val0;
        var total = mean * saliency.Total();
        if (total <= 0) return null;
        using var mask = new Mat();
        Cv2.Threshold(saliency, mask, 3 * mean, 255, ThresholdTypes.Binary);
        mask.ConvertTo(mask, MatType.CV_8U);
        var blobs = Blobs.All(mask, saliency);
        if (blobs.Count == 0) return null;
        var blob = blobs.MaxBy(b => b.Mass);
        var scale = gray.Cols / (double)MapWidth;
        var b = blob.Box;
        return (new SubjectBox(b.CenterX * scale, b.CenterY * scale, b.Width * scale, b.Height * scale), blob.Mass / total);
    }
}
