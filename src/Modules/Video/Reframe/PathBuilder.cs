using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Collects the smoothed crop path shot by shot. Inside a shot the window pans smoothly; at a cut it jumps: the old
/// position holds until just before the cut's frame and the new shot's position starts on it.
/// </summary>
internal sealed class PathBuilder(VideoInfo info, int cropWidth, int cropHeight, int analysisWidth, int analysisHeight, SubjectReframeOptions options)
{
    private readonly List<CropKeyframe> _keyframes = [];
    private readonly double _scaleX = info.Width / (double)analysisWidth;
    private readonly double _scaleY = info.Height / (double)analysisHeight;
    private readonly double _toleranceX = Math.Max(1, options.SimplifyTolerance * info.Width);
    private readonly double _toleranceY = Math.Max(1, options.SimplifyTolerance * info.Height);

    public void AddShot(IReadOnlyList<FrameObservation> shot, SceneSubject subject, double start, double? nextCut)
    {
        var times = shot.Select(o => o.Time).ToArray();
        var boxes = subject.Boxes;
        var xs = PathSmoother.Axis(times, boxes.Select(b => b.CenterX * _scaleX).ToArray(), boxes.Select(b => b.Width * _scaleX / 2).ToArray(),
            cropWidth, info.Width, _toleranceX, options);
        var ys = PathSmoother.Axis(times, boxes.Select(b => b.CenterY * _scaleY).ToArray(), boxes.Select(b => b.Height * _scaleY / 2).ToArray(),
            cropHeight, info.Height, _toleranceY, options);
        var points = times.Select((t, i) => new CropKeyframe(i == 0 ? start : t, xs[i], ys[i])).ToList();
        var simplified = PathSimplifier.Simplify(points, _toleranceX, _toleranceY);
        _keyframes.AddRange(simplified.Select(k => new CropKeyframe(Math.Round(k.Time, 3), Math.Round(k.X, 1), Math.Round(k.Y, 1))));
        if (nextCut is { } cut)
        {
            // Half a frame before the cut, so the last frame of this shot still sits at this shot's position.
            var hold = Math.Round(cut - 0.5 / (info.Fps > 0 ? info.Fps : 25), 3);
            if (hold > _keyframes[^1].Time) _keyframes.Add(_keyframes[^1] with { Time = hold });
        }
    }

    public CropPath Build()
    {
        var keyframes = _keyframes.All(k => k.X == _keyframes[0].X && k.Y == _keyframes[0].Y) ? _keyframes.Take(1).ToList() : _keyframes;
        return new CropPath(info.Width, info.Height, cropWidth, cropHeight, keyframes);
    }
}
