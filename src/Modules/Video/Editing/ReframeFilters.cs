using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>Filter statements that fit a <c>W</c>x<c>H</c> stream into a target frame by a <see cref="ReframeStrategy"/>.</summary>
internal static class ReframeFilters
{
    /// <summary>
    /// The statement(s) from <paramref name="input"/> to <paramref name="output"/>; SmartCrop needs
    /// <paramref name="path"/> (planned on a frame of any size: it is scaled to this one).
    /// </summary>
    public static string Build(string input, string output, int width, int height, (int W, int H) target,
        ReframeStrategy strategy, CropPath? path, Func<string, string> label) => strategy switch
    {
        ReframeStrategy.CenterCrop => $"[{input}]{CenterCrop(width, height, target)}[{output}]",
        ReframeStrategy.SmartCrop => $"[{input}]{SmartCrop(width, height, target, path ?? throw new VideoProcessingException("INVALID_INPUT", "SmartCrop needs a crop path."))}[{output}]",
        ReframeStrategy.Letterbox => $"[{input}]{Fit(target)},pad={target.W}:{target.H}:(ow-iw)/2:(oh-ih)/2:black,setsar=1[{output}]",
        ReframeStrategy.BlurPad => BlurPad(input, output, target, label),
        _ => throw new VideoProcessingException("UNSUPPORTED", $"Reframe strategy {strategy} is not supported."),
    };

    /// <summary>The largest window of the target's aspect inside a <paramref name="width"/>x<paramref name="height"/> frame.</summary>
    public static (int W, int H) CropWindow(int width, int height, (int W, int H) target)
    {
        var aspect = target.W / (double)target.H;
        return width / (double)height > aspect
            ? (Math.Min(width, Even(height * aspect)), height - height % 2)
            : (width - width % 2, Math.Min(height, Even(width / aspect)));
    }

    private static string CenterCrop(int width, int height, (int W, int H) target)
    {
        var (cw, ch) = CropWindow(width, height, target);
        return $"crop={cw}:{ch}:{(width - cw) / 2}:{(height - ch) / 2},{Scale(target)}";
    }

    private static string SmartCrop(int width, int height, (int W, int H) target, CropPath path)
    {
        var sx = width / (double)path.SourceWidth;
        var sy = height / (double)path.SourceHeight;
        var cw = Math.Min(width, Even(path.CropWidth * sx));
        var ch = Math.Min(height, Even(path.CropHeight * sy));
        var scaled = new CropPath(width, height, cw, ch,
            path.Keyframes.Select(k => new CropKeyframe(k.Time, k.X * sx, k.Y * sy)).ToList());
        var keys = CropPathExpression.Simplify(scaled);
        var x = CropPathExpression.Build(keys.Select(k => (k.Time, k.X)).ToList());
        var y = CropPathExpression.Build(keys.Select(k => (k.Time, k.Y)).ToList());
        return $"crop=w={cw}:h={ch}:x='{x}':y='{y}',{Scale(target)}";
    }

    // Background: the frame zoomed to fill, blurred at an eighth of the size (cheap), scaled back; the whole frame on top.
    private static string BlurPad(string input, string output, (int W, int H) target, Func<string, string> label)
    {
        string a = label("bp"), b = label("bp"), bg = label("bp"), fg = label("bp");
        var small = (W: Even(target.W / 8.0), H: Even(target.H / 8.0));
        var radius = Math.Clamp(Math.Min(small.W, small.H) / 4, 1, 6);
        return $"[{input}]split=2[{a}][{b}];" +
               $"[{a}]scale={small.W}:{small.H}:force_original_aspect_ratio=increase,crop={small.W}:{small.H},boxblur={radius}:2,scale={target.W}:{target.H},setsar=1[{bg}];" +
               $"[{b}]{Fit(target)}[{fg}];" +
               $"[{bg}][{fg}]overlay=(W-w)/2:(H-h)/2,setsar=1[{output}]";
    }

    private static string Fit((int W, int H) target) =>
        $"scale={target.W}:{target.H}:force_original_aspect_ratio=decrease:force_divisible_by=2";

    private static string Scale((int W, int H) target) => $"scale={target.W}:{target.H},setsar=1";

    private static int Even(double v) => Math.Max(2, (int)Math.Floor(v / 2) * 2);
}
