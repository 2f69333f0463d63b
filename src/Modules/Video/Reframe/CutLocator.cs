using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Places a cut found between two samples on its exact frame: decodes that short stretch at full frame rate in a tiny
/// size and takes the largest histogram jump between consecutive frames.
/// </summary>
internal static class CutLocator
{
    private const int Width = 64;

    /// <summary>The time of the first frame after the cut, or <paramref name="after"/> when the stretch shows no cut.</summary>
    public static async Task<double> LocateAsync(string path, VideoInfo info, double before, double after, double threshold, CancellationToken ct)
    {
        var height = Math.Max(2, (int)Math.Round(Width * info.Height / (double)info.Width / 2) * 2);
        var fps = info.Fps > 0 ? info.Fps : 25;
        ColorHistogram? previous = null;
        var best = (Index: -1, Distance: threshold / 2);
        await FrameSampler.DecodeAsync(path, Width, height, null, new TimeRange(before, after + 1.5 / fps), skipBFrames: false, (frame, index) =>
        {
            var histogram = new ColorHistogram(frame);
            if (previous is not null && histogram.DistanceTo(previous) is var d && d > best.Distance) best = (index, d);
            previous = histogram;
        }, ct);
        // The decode starts on the first frame at or after 'before' (frames of a constant-rate stream sit on k/fps).
        var first = Math.Ceiling(before * fps - 1e-6) / fps;
        return best.Index < 0 ? after : Math.Min(after, first + best.Index / fps);
    }
}
