using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Plans a crop that follows the subject: samples a few small frames per second through ffmpeg, finds faces (Haar
/// cascades), else the moving blob, else the salient blob, per shot (cuts found by colour histograms), and smooths the
/// result into a crop path with few keyframes. The crop is the largest window of the target ratio in the source.
/// </summary>
public sealed class SubjectReframePlanner(SubjectReframeOptions options) : IReframePlanner
{
    public async Task<ReframePlan> PlanAsync(string videoPath, AspectRatio target, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        if (target.Width <= 0 || target.Height <= 0) throw new VideoProcessingException("INVALID_INPUT", $"Aspect ratio {target} is not positive.");
        if (string.IsNullOrWhiteSpace(videoPath) || !File.Exists(videoPath))
            throw new VideoProcessingException("INVALID_INPUT", $"Video '{videoPath}' does not exist.");
        OpenCvRuntime.EnsureLoaded();
        progress?.Report(new VideoProgress(0, "Probing video"));
        var info = await VideoInfo.ProbeAsync(videoPath, ct);
        if (!info.HasVideo || info.Width <= 0 || info.Height <= 0)
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(videoPath)}' has no video stream.");

        var (cropWidth, cropHeight) = CropSize(info.Width, info.Height, target);
        var analysis = new SampledVideo(videoPath, info, options);
        var observations = await analysis.ObserveAsync(progress.Stage(0, 0.9), ct);
        if (observations.Count == 0)
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(videoPath)}' has no decodable frames.");

        var cuts = new List<(int Index, double Time)>();
        var located = progress.Stage(0.9, 0.98, "Placing cuts");
        for (var i = 1; i < observations.Count; i++)
        {
            if (!observations[i].CutBefore) continue;
            var time = options.RefineCuts
                ? await CutLocator.LocateAsync(videoPath, info, observations[i - 1].Time, observations[i].Time, options.CutThreshold, ct)
                : observations[i].Time;
            cuts.Add((i, time));
            located.Report(new VideoProgress(i / (double)observations.Count, $"cut at {time:0.00}s"));
        }

        var path = new PathBuilder(info, cropWidth, cropHeight, analysis.Width, analysis.Height, options);
        var starts = new List<(int Index, double Time)> { (0, 0) };
        starts.AddRange(cuts);
        var scenes = new List<SceneSubject>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1].Index : observations.Count;
            var shot = observations.Skip(starts[s].Index).Take(end - starts[s].Index).ToList();
            var subject = SceneSubject.Choose(shot, analysis.FrameBox, options.MinSubjectShare);
            scenes.Add(subject);
            path.AddShot(shot, subject, starts[s].Time, s + 1 < starts.Count ? starts[s + 1].Time : null);
        }

        var kind = scenes.GroupBy(s => s.Kind)
            .OrderByDescending(g => g.Sum(s => s.Boxes.Length))
            .ThenBy(g => Array.IndexOf([SceneSubject.Faces, SceneSubject.Motion, SceneSubject.Saliency, SceneSubject.Center], g.Key))
            .First().Key;
        progress?.Report(new VideoProgress(1, $"Crop path follows {kind}"));
        return new ReframePlan(path.Build(), kind, observations.Count, scenes.Sum(s => s.FramesWithSubject));
    }

    /// <summary>The largest window of <paramref name="target"/>'s ratio inside the source, in even pixels.</summary>
    internal static (int Width, int Height) CropSize(int width, int height, AspectRatio target)
    {
        static int Even(double v) => Math.Max(2, (int)Math.Floor(v / 2) * 2);
        return target.Value <= width / (double)height
            ? (Math.Min(Even(height * target.Value), width), Even(height))
            : (Even(width), Math.Min(Even(width / target.Value), height));
    }
}
