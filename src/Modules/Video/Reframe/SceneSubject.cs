namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Picks what one shot (the samples between two cuts) follows: its main face, else its moving blob, else its salient
/// blob, else the centre; and where that subject is in every sample (interpolated where a sample missed it).
/// </summary>
internal sealed record SceneSubject(string Kind, int FramesWithSubject, SubjectBox[] Boxes)
{
    public const string Faces = "faces", Motion = "motion", Saliency = "saliency", Center = "center";

    public static SceneSubject Choose(IReadOnlyList<FrameObservation> scene, SubjectBox frame, double minShare)
    {
        var need = Math.Max(1, (int)Math.Ceiling(minShare * scene.Count));
        if (FaceTracks.Main(scene) is { } face && face.Count(b => b is not null) >= need) return Fill(Faces, face);
        var motion = scene.Select(o => o.Motion).ToArray();
        if (motion.Count(b => b is not null) >= need) return Fill(Motion, motion);
        var salient = scene.Select(o => o.Salient).ToArray();
        if (salient.Count(b => b is not null) >= need) return Fill(Saliency, salient);
        return new SceneSubject(Center, 0, scene.Select(_ => frame).ToArray());

        SceneSubject Fill(string kind, SubjectBox?[] seen) =>
            new(kind, seen.Count(b => b is not null), Interpolate(scene, seen));
    }

    /// <summary>Samples without the subject take it linearly between the nearest samples with it (held at the ends).</summary>
    private static SubjectBox[] Interpolate(IReadOnlyList<FrameObservation> scene, SubjectBox?[] seen)
    {
        var filled = new SubjectBox[seen.Length];
        var known = Enumerable.Range(0, seen.Length).Where(i => seen[i] is not null).ToArray();
        for (var i = 0; i < seen.Length; i++)
        {
            if (seen[i] is { } b) { filled[i] = b; continue; }
            var next = Array.FindIndex(known, k => k > i);
            if (next <= 0) { filled[i] = seen[next < 0 ? known[^1] : known[0]]!.Value; continue; }
            int a = known[next - 1], c = known[next];
            var f = (scene[i].Time - scene[a].Time) / (scene[c].Time - scene[a].Time);
            SubjectBox p = seen[a]!.Value, q = seen[c]!.Value;
            filled[i] = new SubjectBox(Lerp(p.CenterX, q.CenterX), Lerp(p.CenterY, q.CenterY), Lerp(p.Width, q.Width), Lerp(p.Height, q.Height));

            double Lerp(double u, double v) => u + (v - u) * f;
        }
        return filled;
    }
}
