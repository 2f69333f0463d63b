using System.Globalization;
using System.Text;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>
/// Turns a document into one ffmpeg invocation: one input per clip (seeked with <c>-ss</c>/<c>-t</c>), each VIDEO track
/// as a full-length stream (clips fitted and placed, gaps in the background colour on the base track and transparent
/// above it, joined by concat or xfade), upper tracks overlaid bottom to top, text burned in from an ASS file, and
/// all clip sound delayed to its place and mixed with <c>amix normalize=0</c>.
/// </summary>
internal sealed partial class TimelineGraph
{
    private readonly TimelineDocument _doc;
    private readonly IReadOnlyDictionary<Guid, TimelineMediaFile> _media;
    private readonly int _width, _height;
    private readonly string _fps;
    private readonly int _totalFrames;
    private readonly List<string> _inputs = [];
    private readonly StringBuilder _filters = new();
    private readonly Dictionary<Guid, (int Input, double PreHandle, double PostHandle)> _clipInputs = [];
    private int _inputCount, _labels;

    public TimelineGraph(TimelineDocument doc, IReadOnlyDictionary<Guid, TimelineMediaFile> media, int width, int height)
    {
        (_doc, _media, _width, _height) = (doc, media, width, height);
        _fps = Num(doc.Fps);
        _totalFrames = Math.Max(1, (int)Math.Round(doc.Duration * doc.Fps));
    }

    public double TotalSeconds => _totalFrames / _doc.Fps;

    /// <summary>Input arguments and the filter graph; the picture is <c>[vout]</c>, the sound <c>[aout]</c>.</summary>
    public (IReadOnlyList<string> Inputs, string FilterComplex) Build(string? assPath)
    {
        var videoTracks = _doc.OrderedTracks.Where(t => t.Kind == TrackKind.Video).ToList();
        var picture = videoTracks.Count > 0 ? Track(videoTracks[0], isBase: true) : Gap(_totalFrames, isBase: true);
        foreach (var upper in videoTracks.Skip(1))
        {
            var layer = Track(upper, isBase: false);
            picture = Filter($"[{picture}][{layer}]overlay=0:0:format=auto:eof_action=pass");
        }
        var tail = assPath is null ? "" : $",subtitles=filename={EscapeFilterValue(assPath)}";
        _filters.Append($"[{picture}]format=yuv420p{tail}[vout];");
        Audio();
        return (_inputs, _filters.ToString().TrimEnd(';'));
    }

    private string Track(TimelineTrack track, bool isBase)
    {
        var clips = track.OrderedClips.OfType<VideoClip>().ToList();
        var transitionAfter = track.Transitions.ToDictionary(t => t.FromClipId);
        var transitionBefore = track.Transitions.ToDictionary(t => t.ToClipId);
        var segments = new List<(string Label, int Frames, TimelineTransition? JoinBefore)>();
        var cursor = 0;
        foreach (var clip in clips)
        {
            var start = Frames(clip.Start);
            if (start > cursor) segments.Add((Gap(start - cursor, isBase), start - cursor, null));
            var pre = transitionBefore.TryGetValue(clip.Id, out var tin) ? HalfFrames(tin) : 0;
            var post = transitionAfter.TryGetValue(clip.Id, out var tout) ? HalfFrames(tout) : 0;
            var frames = Frames(clip.End) - start;
            // The clip carries half a transition of extra frames on each joined side; xfade overlaps them.
            segments.Add((Clip(clip, pre, post, frames, isBase), pre + frames + post, tin));
            cursor = start + frames;
        }
        if (_totalFrames > cursor) segments.Add((Gap(_totalFrames - cursor, isBase), _totalFrames - cursor, null));

        var (acc, accFrames) = (segments[0].Label, segments[0].Frames);
        foreach (var (label, frames, join) in segments.Skip(1))
        {
            var overlap = join is null ? 0 : HalfFrames(join) * 2;
            acc = join is null
                ? Filter($"[{acc}][{label}]concat=n=2:v=1:a=0")
                : Filter($"[{acc}][{label}]xfade=transition={join.Type}:duration={Num(overlap / _doc.Fps)}:offset={Num((accFrames - overlap) / _doc.Fps)}");
            accFrames += frames - overlap;
        }
        return acc;
    }

    private string Gap(int frames, bool isBase) =>
        Filter($"color=c={(isBase ? Color(_doc.BackgroundColor) : "black@0")}:s={_width}x{_height}:r={_fps}:d={Num((frames + 1) / _doc.Fps)},"
               + $"format={Pix(isBase)},setsar=1,trim=end_frame={frames}");

    private string Filter(string body)
    {
        var label = $"s{_labels++}";
        _filters.Append(body).Append($"[{label}];");
        return label;
    }

    private int Frames(double seconds) => (int)Math.Round(seconds * _doc.Fps);

    private int HalfFrames(TimelineTransition t) => Math.Max(1, (int)Math.Round(t.Duration * _doc.Fps / 2));

    private int AddInput(params string[] args)
    {
        _inputs.AddRange(args);
        return _inputCount++;
    }

    private static string Pix(bool isBase) => isBase ? "yuv420p" : "yuva420p";

    internal static string Num(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Color(string hex) => "0x" + hex.TrimStart('#');

    /// <summary>Escapes a value for a filter option inside a filter graph (both levels of ffmpeg's quoting).</summary>
    internal static string EscapeFilterValue(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\\' => @"\\\\",
                '\'' => @"\\\'",
                ':' => @"\\:",
                ',' or ';' or '[' or ']' => "\\" + c,
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
