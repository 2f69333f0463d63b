using OpenCvSharp;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Finds the moving subject by three-frame differencing: pixels that changed both from the previous sample and to the
/// next one are where the subject is now (a two-frame difference would also light up where it was). The largest
/// moving blob wins; a frame where almost everything moves is a camera move, not a subject.
/// </summary>
internal sealed class MotionDetector(SubjectReframeOptions options) : IDisposable
{
    private Mat? _previous;
    private Mat? _current;
    private SubjectBox? _followed;

    /// <summary>Takes the next blurred grey sample and returns the motion of the sample before it (null: none).</summary>
    public SubjectBox? Push(Mat blurred)
    {
        SubjectBox? result = null;
        if (_previous is not null && _current is not null) result = Find(_previous, _current, blurred);
        _previous?.Dispose();
        _previous = _current;
        _current = blurred.Clone();
        return result;
    }

    /// <summary>The motion of the last sample pushed, from its difference to the one before.</summary>
    public SubjectBox? Flush() => _previous is not null && _current is not null ? Find(_previous, _current, null) : null;

    /// <summary>Forgets the samples (after a cut, differences across it mean nothing).</summary>
    public void Reset()
    {
        _previous?.Dispose();
        _current?.Dispose();
        _previous = _current = null;
        _followed = null;
    }

    private SubjectBox? Find(Mat before, Mat now, Mat? after)
    {
        using var changedFrom = Changed(before, now);
        using var mask = changedFrom.Clone();
        if (after is not null)
        {
            using var changedTo = Changed(now, after);
            Cv2.BitwiseAnd(changedFrom, changedTo, mask);
            // Overlapping positions of a solid subject can leave almost nothing in both: use the plain difference.
            if (Cv2.CountNonZero(mask) < options.MinMotionArea * mask.Total()) changedFrom.CopyTo(mask);
        }
        var share = Cv2.CountNonZero(mask) / (double)mask.Total();
        if (share < options.MinMotionArea || share > options.MaxMotionArea) return null;
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(9, 9));
        Cv2.Dilate(mask, mask, kernel);
        var blobs = Blobs.All(mask, null);
        if (blobs.Count == 0) return null;
        // Stay with the blob followed so far unless another is much larger: the crop must not hop between movers.
        var reach = 0.25 * mask.Cols;
        var followed = _followed;
        var best = blobs.MaxBy(b => followed is { } f
            ? b.Mass / (1 + Math.Sqrt(Math.Pow(b.Box.CenterX - f.CenterX, 2) + Math.Pow(b.Box.CenterY - f.CenterY, 2)) / reach)
            : b.Mass);
        _followed = best.Box;
        return best.Box;
    }

    private Mat Changed(Mat a, Mat b)
    {
        var diff = new Mat();
        Cv2.Absdiff(a, b, diff);
        Cv2.Threshold(diff, diff, options.MotionThreshold, 255, ThresholdTypes.Binary);
        return diff;
    }

    public void Dispose() => Reset();
}
