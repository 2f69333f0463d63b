namespace MediaCreator.Modules.Video.Preview;

/// <summary>Settings of <see cref="PreviewRenderer"/> (configuration section <c>Video:Preview</c>).</summary>
public sealed class PreviewOptions
{
    /// <summary>Short side of a proxy (never upscaled), x264 preset, CRF and bitrate cap, audio bitrate.</summary>
    public int ProxyShortSide { get; set; } = 360;
    public string ProxyPreset { get; set; } = "ultrafast";
    public int ProxyCrf { get; set; } = 30;
    public int ProxyMaxBitrateKbps { get; set; } = 800;
    public int ProxyAudioBitrateKbps { get; set; } = 64;

    /// <summary>Default tile height of a thumbnail strip and JPEG quality (ffmpeg <c>-q:v</c>, 2 best..31).</summary>
    public int ThumbnailHeight { get; set; } = 90;
    public int JpegQuality { get; set; } = 4;

    /// <summary>Waveform ink and background (<c>#RRGGBB</c> or <c>#AARRGGBB</c>; default background transparent).</summary>
    public string WaveformColor { get; set; } = "#3FA9F5";
    public string WaveformBackground { get; set; } = "#00000000";

    /// <summary>Sample rate the waveform decodes at: enough for peaks, cheap to decode.</summary>
    public int WaveformSampleRate { get; set; } = 8000;
}

/// <summary>A low-resolution proxy of a video.</summary>
public sealed record PreviewVideo(string Path, int Width, int Height, double DurationSeconds);

/// <summary>Frames at <see cref="Times"/> (seconds) side by side, each <see cref="TileWidth"/>x<see cref="TileHeight"/>.</summary>
public sealed record ThumbnailStrip(string Path, int Width, int Height, int TileWidth, int TileHeight, IReadOnlyList<double> Times);

/// <summary>
/// A waveform PNG and the peaks it draws: per pixel column the lowest and highest sample (-1..1) of the mono mix, so an
/// editor can also draw it itself.
/// </summary>
public sealed record WaveformImage(string Path, int Width, int Height, double DurationSeconds, IReadOnlyList<float> Min, IReadOnlyList<float> Max);
