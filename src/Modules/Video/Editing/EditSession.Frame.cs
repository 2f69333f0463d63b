using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

// Operations on the picture: reframe, burned captions, overlay, punch-in effects.
internal sealed partial class EditSession
{
    private const string PunchIn = "punch-in";
    private const double PunchInHoldSeconds = 0.7;

    /// <summary>The output frame of <paramref name="aspect"/>: the request's size, else fitted without upscaling past the source.</summary>
    private (int W, int H) TargetFrame(AspectRatio aspect) =>
        aspect.FrameSize(request.Width, request.Height, Math.Min(options.MaxShortSide, Math.Min(_graph.Width, _graph.Height)));

    private async Task ReframeAsync(AutoReframeEdit edit)
    {
        var target = TargetFrame(edit.Target);
        CropPath? path = null;
        if (edit.Strategy == ReframeStrategy.SmartCrop)
        {
            if (_graph.Modified) await CheckpointAsync();
            var plan = await planner.PlanAsync(_graph.MainPath, edit.Target, _analysis.Stage(_graph.Modified ? 0.5 : 0, 1), ct);
            path = plan.Path;
        }
        ApplyReframe(target, edit.Strategy, path);
    }

    private void ApplyReframe((int W, int H) target, ReframeStrategy strategy, CropPath? path)
    {
        var g = _graph;
        var output = g.Label("r");
        g.AddVideo(ReframeFilters.Build(g.Video, output, g.Width, g.Height, target, strategy, path, g.Label));
        g.Video = output;
        (g.Width, g.Height) = target;
        g.Modified = true;
    }

    private async Task BurnSubtitlesAsync(BurnSubtitlesEdit edit)
    {
        if (edit.Transcript.Segments.Count == 0) throw new VideoProcessingException("INVALID_INPUT", "add_subtitle got a transcript without segments.");
        var ass = ScratchPath("captions", ".ass");
        await captions.WriteAssAsync(edit.Transcript, edit.Style, _graph.Width, _graph.Height, ass, ct);
        if (!File.Exists(ass)) throw new VideoProcessingException("PROVIDER_ERROR", "The caption renderer wrote no ASS file.");
        _graph.VideoChain($"ass=filename={PathValue(ass)}");
    }

    private void Overlay(OverlayEdit edit)
    {
        if (!File.Exists(edit.OverlayPath)) throw new VideoProcessingException("INVALID_INPUT", $"The overlay '{Path.GetFileName(edit.OverlayPath)}' does not exist.");
        if (edit.Scale is <= 0 or > 1 || edit.Opacity is < 0 or > 1 || edit.MarginPx < 0)
            throw new VideoProcessingException("INVALID_INPUT", "overlay needs 0 < scale <= 1, 0 <= opacity <= 1 and a margin >= 0.");
        var m = edit.MarginPx;
        var (x, y) = edit.Position.Trim().ToLowerInvariant() switch
        {
            "top-left" => ($"{m}", $"{m}"),
            "top-right" => ($"W-w-{m}", $"{m}"),
            "bottom-left" => ($"{m}", $"H-h-{m}"),
            "bottom-right" => ($"W-w-{m}", $"H-h-{m}"),
            "center" => ("(W-w)/2", "(H-h)/2"),
            _ => throw new VideoProcessingException("INVALID_INPUT", $"Unknown overlay position '{edit.Position}' (top-left, top-right, bottom-left, bottom-right, center)."),
        };
        var g = _graph;
        var input = g.AddInput(edit.OverlayPath);
        var mark = g.Label("w");
        var width = Math.Max(2, (int)Math.Round(g.Width * edit.Scale / 2) * 2);
        g.AddVideo($"[{input}:v]scale={width}:-2,format=rgba,colorchannelmixer=aa={N(edit.Opacity)}[{mark}]");
        var enable = edit.Start is not null || edit.End is not null
            ? $":enable='between(t,{N(edit.Start ?? 0)},{N(edit.End ?? 1e9)})'" : "";
        var output = g.Label("v");
        g.AddVideo($"[{g.Video}][{mark}]overlay=x={x}:y={y}:eof_action=repeat{enable}[{output}]");
        g.Video = output;
        g.Modified = true;
    }

    private async Task EffectsAsync(AutoEffectsEdit edit)
    {
        var preset = string.IsNullOrWhiteSpace(edit.Preset) ? PunchIn : edit.Preset.Trim().ToLowerInvariant();
        if (preset != PunchIn)
            throw new VideoProcessingException("UNSUPPORTED", $"The effects preset '{edit.Preset}' is not supported; supported presets: {PunchIn}.");
        if (edit.Intensity is < 0 or > 1 || double.IsNaN(edit.Intensity))
            throw new VideoProcessingException("INVALID_INPUT", "auto_effects intensity must be within 0..1.");
        var envelope = await AudioEnvelopeAsync("auto_effects", 0.05);
        var points = envelope.EmphasisPoints(aboveTypicalDb: 4, minSpacing: 2, max: Math.Max(1, (int)(_graph.Duration / 4)));
        if (points.Count == 0 || edit.Intensity == 0)
        {
            _analysis?.Report(new VideoProgress(1, "no emphasis found: no punch-ins"));
            return;
        }
        // A punch-in is a cut to a closer framing held a moment: a zoomed copy of the frame shown over the emphasis.
        var g = _graph;
        var zoom = 1 + (options.MaxPunchInZoom - 1) * edit.Intensity;
        var cw = Math.Max(2, (int)(g.Width / zoom / 2) * 2);
        var ch = Math.Max(2, (int)(g.Height / zoom / 2) * 2);
        var windows = string.Join("+", points.Select(p => $"between(t,{N(p)},{N(Math.Min(g.Duration, p + PunchInHoldSeconds))})"));
        string a = g.Label("p"), b = g.Label("p"), z = g.Label("p"), output = g.Label("v");
        g.AddVideo($"[{g.Video}]split=2[{a}][{b}];[{b}]crop={cw}:{ch},scale={g.Width}:{g.Height},setsar=1[{z}];" +
                   $"[{a}][{z}]overlay=0:0:enable='{windows}'[{output}]");
        g.Video = output;
        g.Modified = true;
        _analysis?.Report(new VideoProgress(1, $"{points.Count} punch-ins"));
    }
}
