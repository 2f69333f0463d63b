using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Planning;

namespace MediaCreator.Modules.Video.Generation.Rendering;

/// <summary>
/// What to render: the plan, one visual per scene (an image, moved with the scene's Ken Burns motion, or a video,
/// trimmed or looped to the scene and cropped to fill the frame), the frame, and the sound.
/// </summary>
/// <param name="Narration">Speech whose phrases belong, in order, to the scenes that have text (see <see cref="Storyboard.NarrationPhrases"/>).</param>
/// <param name="MusicPath">Background music (or, for a music video, the song); looped when shorter than the video.</param>
/// <param name="MusicStart">Where in the music file the video's soundtrack starts (a short version's window).</param>
/// <param name="MusicVolume">Gain of the music (1 keeps it as it is); under narration it is ducked further when <paramref name="DuckMusic"/>.</param>
/// <param name="Captions">Writes the burned-in captions; null renders none. Captions follow the narration, else the scene texts.</param>
public sealed record StoryboardRenderRequest(
    Storyboard Storyboard, IReadOnlyList<string> VisualPaths, string OutputPath, string ScratchDirectory,
    int Width, int Height, double Fps = 30,
    SpeechClip? Narration = null,
    string? MusicPath = null, double MusicStart = 0, double MusicVolume = 0.35, bool DuckMusic = true,
    ICaptionRenderer? Captions = null, string CaptionStyle = "STANDARD",
    double FadeSeconds = 0.5);

/// <summary>Encoder settings of the storyboard renderer; bound from <c>Video:Render</c>.</summary>
public sealed class StoryboardRendererOptions
{
    /// <summary>libx264 preset (<c>ultrafast</c> .. <c>veryslow</c>).</summary>
    public string Preset { get; set; } = "veryfast";

    public int Crf { get; set; } = 20;

    public string AudioBitrate { get; set; } = "160k";

    /// <summary>How long after its scene starts a narration phrase begins.</summary>
    public double NarrationLeadSeconds { get; set; } = 0.15;

    /// <summary>Shortest gap kept between two phrases when one runs past its scene.</summary>
    public double NarrationGapSeconds { get; set; } = 0.15;
}
