using OpenCvSharp;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>Haar-cascade faces: frontal first, then profile faces looking either way (the cascade knows one side).</summary>
internal sealed class FaceDetector : IDisposable
{
    private readonly CascadeClassifier _frontal;
    private readonly CascadeClassifier? _profile;
    private readonly int _minNeighbors;
    private readonly double _scaleStep;
    private int _frames;
    private readonly double _minFaceHeight;

    private FaceDetector(CascadeClassifier frontal, CascadeClassifier? profile, SubjectReframeOptions options)
    {
        _frontal = frontal;
        _profile = profile;
        _minNeighbors = options.FaceMinNeighbors;
        _scaleStep = Math.Max(1.01, options.FaceScaleStep);
        _minFaceHeight = options.MinFaceHeight;
    }

    /// <summary>The detector, or null when the frontal cascade is missing or unreadable.</summary>
    public static FaceDetector? TryCreate(SubjectReframeOptions options)
    {
        var frontal = Load(options.FrontalFaceCascadePath);
        if (frontal is null) return null;
        return new FaceDetector(frontal, Load(options.ProfileFaceCascadePath), options);
    }

    private static CascadeClassifier? Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path)) return null;
        var cascade = new CascadeClassifier();
        try
        {
            if (cascade.Load(path) && !cascade.Empty()) return cascade;
        }
        catch (OpenCVException)
        {
            // Not a cascade file: treated like a missing one.
        }
        cascade.Dispose();
        return null;
    }

    /// <summary>Faces in an equalised grey frame (profiles only on every other call).</summary>
    public List<SubjectBox> Detect(Mat gray)
    {
        var min = Math.Max(16, (int)(gray.Rows * _minFaceHeight));
        var minSize = new Size(min, min);
        var faces = _frontal.DetectMultiScale(gray, _scaleStep, _minNeighbors, HaarDetectionTypes.ScaleImage, minSize);
        var found = faces.Select(SubjectBox.FromRect).ToList();
        // Profiles cost two more passes: searched on every other sample, the face tracks bridge the gaps.
        if (found.Count > 0 || _profile is null || _frames++ % 2 == 1) return found;
        found.AddRange(_profile.DetectMultiScale(gray, _scaleStep, _minNeighbors, HaarDetectionTypes.ScaleImage, minSize).Select(SubjectBox.FromRect));
        using var mirrored = new Mat();
        Cv2.Flip(gray, mirrored, FlipMode.Y);
        foreach (var r in _profile.DetectMultiScale(mirrored, _scaleStep, _minNeighbors, HaarDetectionTypes.ScaleImage, minSize))
            found.Add(SubjectBox.FromRect(new Rect(gray.Cols - r.X - r.Width, r.Y, r.Width, r.Height)));
        return found;
    }

    public void Dispose()
    {
        _frontal.Dispose();
        _profile?.Dispose();
    }
}
