namespace MediaCreator.Modules.Video.Abstractions;

/// <summary>Where the crop window's top-left corner is at time <see cref="Time"/> (source pixels).</summary>
public readonly record struct CropKeyframe(double Time, double X, double Y);

/// <summary>
/// A crop window of fixed size moving over the source along keyframes (linear between them). The editor turns it
/// into ffmpeg's <c>crop</c> filter with time expressions; a path with one keyframe is a fixed crop.
/// </summary>
public sealed record CropPath(int SourceWidth, int SourceHeight, int CropWidth, int CropHeight, IReadOnlyList<CropKeyframe> Keyframes)
{
    /// <summary>The window's position at <paramref name="time"/> (clamped to the frame).</summary>
    public (double X, double Y) At(double time)
    {
        if (Keyframes.Count == 0) return ((SourceWidth - CropWidth) / 2.0, (SourceHeight - CropHeight) / 2.0);
        if (time <= Keyframes[0].Time) return Clamp(Keyframes[0].X, Keyframes[0].Y);
        for (var i = 1; i < Keyframes.Count; i++)
        {
            var b = Keyframes[i];
            if (time > b.Time) continue;
            var a = Keyframes[i - 1];
            var f = b.Time > a.Time ? (time - a.Time) / (b.Time - a.Time) : 1;
            return Clamp(a.X + (b.X - a.X) * f, a.Y + (b.Y - a.Y) * f);
        }
        return Clamp(Keyframes[^1].X, Keyframes[^1].Y);
    }

    private (double, double) Clamp(double x, double y) =>
        (Math.Clamp(x, 0, Math.Max(0, SourceWidth - CropWidth)), Math.Clamp(y, 0, Math.Max(0, SourceHeight - CropHeight)));
}

/// <summary>What a reframe plan found: the path and what it followed (faces, motion, saliency, centre).</summary>
public sealed record ReframePlan(CropPath Path, string Subject, int FramesAnalyzed, int FramesWithSubject);

/// <summary>Plans the crop path that keeps the subject in frame when a video is reframed to another aspect ratio.</summary>
public interface IReframePlanner
{
    /// <summary>Analyzes <paramref name="videoPath"/> and returns a smoothed crop path for <paramref name="target"/>.</summary>
    Task<ReframePlan> PlanAsync(string videoPath, AspectRatio target, IProgress<VideoProgress>? progress, CancellationToken ct);
}
