using System.Text;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Writes ASS captions sized to the frame, for ffmpeg's <c>ass</c> filter (libass) to burn in.</summary>
public sealed class CaptionRenderer(CaptionRendererOptions? options = null, SubtitleLayoutOptions? layout = null) : ICaptionRenderer
{
    private readonly CaptionRendererOptions _options = options ?? new CaptionRendererOptions();

    public Task WriteAssAsync(Transcript transcript, string style, int width, int height, string assPath, CancellationToken ct) =>
        WriteAsync(transcript, CaptionStyles.Parse(style), width, height, assPath, ct);

    /// <summary>Writes the script and returns it (with its event count).</summary>
    public async Task<SubtitleDocument> WriteAsync(Transcript transcript, CaptionStyle style, int width, int height, string assPath, CancellationToken ct)
    {
        if (width < 16 || height < 16)
            throw new VideoProcessingException("INVALID_INPUT", $"Caption frame {width}x{height} is too small.");
        var document = AssScript.Build(transcript, style, width, height, _options, layout);
        await File.WriteAllTextAsync(assPath, document.Text, new UTF8Encoding(false), ct);
        return document;
    }
}
