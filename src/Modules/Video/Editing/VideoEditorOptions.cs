namespace MediaCreator.Modules.Video.Editing;

/// <summary>Encoder settings of <see cref="FfmpegVideoEditor"/> (configuration section <c>Video:Editor</c>).</summary>
public sealed class VideoEditorOptions
{
    /// <summary>x264 preset (ultrafast .. veryslow).</summary>
    public string Preset { get; set; } = "veryfast";

    public int Crf { get; set; } = 20;

    public int AudioBitrateKbps { get; set; } = 160;

    public int AudioSampleRate { get; set; } = 48000;

    /// <summary>Output frame rate when neither the request nor the source gives one.</summary>
    public double DefaultFps { get; set; } = 30;

    /// <summary>Reframed outputs get at most this short side (never more than the source's own short side).</summary>
    public int MaxShortSide { get; set; } = 1080;

    /// <summary>Zoom of a punch-in at intensity 1 (1.3 = 30% closer).</summary>
    public double MaxPunchInZoom { get; set; } = 1.3;
}
