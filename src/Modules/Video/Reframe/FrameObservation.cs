namespace MediaCreator.Modules.Video.Reframe;

/// <summary>What one sampled frame showed, in analysed-frame pixels.</summary>
internal sealed class FrameObservation(double time, bool cutBefore, List<SubjectBox> faces, SubjectBox? salient)
{
    public double Time { get; } = time;

    /// <summary>A hard cut lies between the previous sample and this one.</summary>
    public bool CutBefore { get; } = cutBefore;

    public List<SubjectBox> Faces { get; } = faces;

    /// <summary>The moving blob, filled in once the next sample is known (three-frame differencing).</summary>
    public SubjectBox? Motion { get; set; }

    /// <summary>The salient blob when it stands out clearly enough.</summary>
    public SubjectBox? Salient { get; } = salient;
}
