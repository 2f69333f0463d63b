namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Links a shot's face detections into tracks (same face: overlapping or near boxes in samples close in time) and
/// returns the main one, the track with the largest size times persistence, so the crop never hops between faces.
/// </summary>
internal static class FaceTracks
{
    private const int MaxGap = 6;

    /// <summary>Per sample, the main face's box or null where it was not detected; null when the shot has no face.</summary>
    public static SubjectBox?[]? Main(IReadOnlyList<FrameObservation> scene)
    {
        var tracks = new List<List<(int Index, SubjectBox Box)>>();
        for (var i = 0; i < scene.Count; i++)
        {
            var taken = new HashSet<int>();
            foreach (var face in scene[i].Faces.OrderByDescending(f => f.Area))
            {
                var best = -1;
                var bestScore = 0.0;
                for (var t = 0; t < tracks.Count; t++)
                {
                    var (lastIndex, last) = tracks[t][^1];
                    if (taken.Contains(t) || i - lastIndex > MaxGap || lastIndex == i) continue;
                    var score = Similarity(last, face);
                    if (score > bestScore) (best, bestScore) = (t, score);
                }
                if (best < 0) tracks.Add([(i, face)]);
                else tracks[best].Add((i, face));
                taken.Add(best < 0 ? tracks.Count - 1 : best);
            }
        }
        if (tracks.Count == 0) return null;
        var main = tracks.MaxBy(t => t.Sum(e => Math.Sqrt(e.Box.Area)))!;
        var boxes = new SubjectBox?[scene.Count];
        foreach (var (index, box) in main) boxes[index] = box;
        return boxes;
    }

    // Overlap, or for a face that moved further than its size, closeness relative to that size.
    private static double Similarity(SubjectBox a, SubjectBox b)
    {
        var overlap = a.Overlap(b);
        if (overlap > 0.1) return 1 + overlap;
        var size = Math.Max(Math.Max(a.Width, a.Height), Math.Max(b.Width, b.Height));
        var distance = Math.Sqrt(Math.Pow(a.CenterX - b.CenterX, 2) + Math.Pow(a.CenterY - b.CenterY, 2));
        var sizeRatio = Math.Min(a.Area, b.Area) / Math.Max(a.Area, b.Area);
        return distance < size && sizeRatio > 0.4 ? 1 - distance / size : 0;
    }
}
