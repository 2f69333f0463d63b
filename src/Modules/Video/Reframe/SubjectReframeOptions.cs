namespace MediaCreator.Modules.Video.Reframe;

/// <summary>Settings of <see cref="SubjectReframePlanner"/> (configuration section <c>Video:Reframe</c>).</summary>
public sealed class SubjectReframeOptions
{
    /// <summary>Haar cascade for frontal faces; a missing file turns face detection off (motion/saliency follow).</summary>
    public string FrontalFaceCascadePath { get; set; } = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";

    /// <summary>Haar cascade for profile faces, tried (also mirrored) on frames without a frontal face; null or missing skips it.</summary>
    public string? ProfileFaceCascadePath { get; set; } = "/usr/share/opencv4/haarcascades/haarcascade_profileface.xml";

    /// <summary>Width the sampled frames are decoded at (never above the source width).</summary>
    public int AnalysisWidth { get; set; } = 320;

    /// <summary>Frames analysed per second of video.</summary>
    public double SampleFps { get; set; } = 4;

    /// <summary>Sample only reference frames (ffmpeg <c>-skip_frame bidir</c>): about half the decode, samples a frame or two off.</summary>
    public bool SkipBFrames { get; set; } = true;

    /// <summary>Smallest face searched for, as a fraction of the analysed frame's height.</summary>
    public double MinFaceHeight { get; set; } = 0.1;

    /// <summary>Haar scale step between searched face sizes: smaller finds more faces and costs more.</summary>
    public double FaceScaleStep { get; set; } = 1.15;

    /// <summary>Haar <c>minNeighbors</c>: higher finds fewer false faces and misses more real ones.</summary>
    public int FaceMinNeighbors { get; set; } = 4;

    /// <summary>Colour-histogram distance (0..1) between two samples above which a hard cut is assumed.</summary>
    public double CutThreshold { get; set; } = 0.4;

    /// <summary>Decode the frames around each cut at full rate to place the jump on the exact frame.</summary>
    public bool RefineCuts { get; set; } = true;

    /// <summary>Share of a scene's samples a subject kind must be seen in to be followed there.</summary>
    public double MinSubjectShare { get; set; } = 0.25;

    /// <summary>Grey-level difference that counts a pixel as moving.</summary>
    public int MotionThreshold { get; set; } = 25;

    /// <summary>Moving share of the frame below which nothing moves and above which the camera does.</summary>
    public double MinMotionArea { get; set; } = 0.002;

    public double MaxMotionArea { get; set; } = 0.45;

    /// <summary>The crop stays put while the subject stays within this fraction of the crop size of where it aims.</summary>
    public double DeadZone { get; set; } = 0.08;

    /// <summary>Standard deviation in seconds of the low-pass over the aimed path.</summary>
    public double SmoothingSeconds { get; set; } = 0.5;

    /// <summary>Fastest pan, in crop sizes per second (exceeded only to keep the subject inside the crop).</summary>
    public double MaxPanSpeed { get; set; } = 1.0;

    /// <summary>Largest error of the simplified path against the smoothed one, as a fraction of the source size.</summary>
    public double SimplifyTolerance { get; set; } = 0.01;
}
