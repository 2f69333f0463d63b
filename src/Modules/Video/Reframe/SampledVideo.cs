using MediaCreator.Modules.Video.Abstractions;
using OpenCvSharp;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>Decodes a few small frames per second and records what each shows: cut, faces, motion, saliency.</summary>
internal sealed class SampledVideo
{
    // Spectral-residual blobs holding less of the map than this are texture, not a subject.
    private const double MinSalientShare = 0.3;
    private const int MinSamples = 8;

    private readonly string _path;
    private readonly VideoInfo _info;
    private readonly SubjectReframeOptions _options;

    public SampledVideo(string path, VideoInfo info, SubjectReframeOptions options)
    {
        _path = path;
        _info = info;
        _options = options;
        Width = Math.Max(2, Math.Min(options.AnalysisWidth, info.Width) / 2 * 2);
        Height = Math.Max(2, (int)Math.Round(Width * info.Height / (double)info.Width / 2) * 2);
        var sourceFps = info.Fps > 0 ? info.Fps : 25;
        // Short clips still get a handful of samples, never more than the source has frames.
        Fps = Math.Min(sourceFps, Math.Max(options.SampleFps, info.DurationSeconds > 0 ? MinSamples / info.DurationSeconds : 0));
    }

    public int Width { get; }

    public int Height { get; }

    public double Fps { get; }

    /// <summary>The whole analysed frame, the subject when nothing is found.</summary>
    public SubjectBox FrameBox => new(Width / 2.0, Height / 2.0, 0, 0);

    public async Task<List<FrameObservation>> ObserveAsync(IProgress<VideoProgress> progress, CancellationToken ct)
    {
        using var faces = FaceDetector.TryCreate(_options);
        progress.Report(new VideoProgress(0, faces is null
            ? $"No face cascade at {_options.FrontalFaceCascadePath}: following motion and saliency"
            : "Sampling frames"));
        using var motion = new MotionDetector(_options);
        var observations = new List<FrameObservation>();
        var expected = Math.Max(1, (int)Math.Ceiling(_info.DurationSeconds * Fps));
        ColorHistogram? previous = null;
        using var gray = new Mat();
        using var equalized = new Mat();
        await FrameSampler.DecodeAsync(_path, Width, Height, Fps, null, _options.SkipBFrames, (frame, index) =>
        {
            ct.ThrowIfCancellationRequested();
            var histogram = new ColorHistogram(frame);
            var cut = previous is not null && histogram.DistanceTo(previous) > _options.CutThreshold;
            previous = histogram;
            using var bgr = Mat.FromPixelData(Height, Width, MatType.CV_8UC3, frame);
            Cv2.CvtColor(bgr, gray, ColorConversionCodes.BGR2GRAY);
            if (cut)
            {
                SetMotion(observations, motion.Flush());
                motion.Reset();
            }
            using (var blurred = new Mat())
            {
                Cv2.GaussianBlur(gray, blurred, new Size(5, 5), 0);
                SetMotion(observations, motion.Push(blurred));
            }
            Cv2.EqualizeHist(gray, equalized);
            var found = faces?.Detect(equalized) ?? [];
            var salient = SaliencyDetector.Detect(gray) is { Share: >= MinSalientShare } s ? s.Box : (SubjectBox?)null;
            observations.Add(new FrameObservation(index / Fps, cut, found, salient));
            progress.Report(new VideoProgress(Math.Min(1, (index + 1) / (double)expected), $"Analysed frame {index + 1} of ~{expected}"));
        }, ct);
        SetMotion(observations, motion.Flush());
        return observations;
    }

    // Motion is known one sample late: it belongs to the last observation recorded.
    private static void SetMotion(List<FrameObservation> observations, SubjectBox? box)
    {
        if (box is not null && observations.Count > 0) observations[^1].Motion = box;
    }
}
