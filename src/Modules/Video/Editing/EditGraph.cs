using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>A piece of the timeline: its video label, audio label (when the chain has audio) and length.</summary>
internal readonly record struct Segment(string Video, string? Audio, double Duration);

/// <summary>
/// The filtergraph an edit builds: inputs, video and audio statements kept apart (so analysis passes can render the
/// audio alone), the current stream labels and what the timeline looks like at this point of the chain.
/// </summary>
internal sealed class EditGraph
{
    private readonly List<(string Path, string[] Options)> _inputs = [];
    private readonly List<string> _video = [], _audio = [];
    private int _labels;

    private EditGraph(double fps, int sampleRate)
    {
        Fps = fps;
        SampleRate = sampleRate;
    }

    public string Video { get; set; } = "";
    public string? Audio { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public double Fps { get; }
    public int SampleRate { get; }
    public double Duration { get; set; }

    /// <summary>Operations have changed the main input (so its file no longer shows the current timeline).</summary>
    public bool Modified { get; set; }

    public string MainPath => _inputs[0].Path;

    /// <summary>Where a graph too long for one command-line argument (128 KiB on Linux) is written as a script.</summary>
    public string? ScriptDirectory { get; set; }

    public string AudioFormat => $"aresample={SampleRate},aformat=sample_fmts=fltp:channel_layouts=stereo";

    /// <summary>A graph whose timeline is <paramref name="path"/> at <paramref name="fps"/>, starting at 0.</summary>
    public static EditGraph FromMain(string path, VideoInfo info, double fps, int sampleRate)
    {
        var g = new EditGraph(fps, sampleRate) { Width = info.Width, Height = info.Height, Duration = info.DurationSeconds };
        g.AddInput(path);
        var rate = Math.Abs(info.Fps - fps) > 0.01 ? $",fps={N(fps)}" : "";
        g.Video = g.Label("v");
        g.AddVideo($"[0:v]setpts=PTS-STARTPTS{rate},setsar=1[{g.Video}]");
        if (info.HasAudio)
        {
            g.Audio = g.Label("a");
            g.AddAudio($"[0:a]{g.AudioFormat},asetpts=PTS-STARTPTS[{g.Audio}]");
        }
        return g;
    }

    public int AddInput(string path, params string[] options)
    {
        _inputs.Add((path, options));
        return _inputs.Count - 1;
    }

    public string Label(string prefix) => $"{prefix}{_labels++}";

    public void AddVideo(string statement) => _video.Add(statement);

    public void AddAudio(string statement) => _audio.Add(statement);

    /// <summary>Appends a filter chain to the current video stream.</summary>
    public void VideoChain(string filters)
    {
        var next = Label("v");
        _video.Add($"[{Video}]{filters}[{next}]");
        Video = next;
        Modified = true;
    }

    /// <summary>Appends a filter chain to the current audio stream (nothing when the chain has none).</summary>
    public void AudioChain(string filters)
    {
        if (Audio is null) return;
        var next = Label("a");
        _audio.Add($"[{Audio}]{filters}[{next}]");
        Audio = next;
        Modified = true;
    }

    /// <summary>Splits the current streams into <paramref name="count"/> copies (no filter when one).</summary>
    public (string[] Video, string?[] Audio) Split(int count)
    {
        if (count == 1) return ([Video], [Audio]);
        var v = Enumerable.Range(0, count).Select(_ => Label("s")).ToArray();
        _video.Add($"[{Video}]split={count}{string.Concat(v.Select(l => $"[{l}]"))}");
        var a = new string?[count];
        if (Audio is not null)
        {
            for (var i = 0; i < count; i++) a[i] = Label("s");
            _audio.Add($"[{Audio}]asplit={count}{string.Concat(a.Select(l => $"[{l}]"))}");
        }
        return (v, a);
    }

    /// <summary><c>-i</c> arguments and the <c>-filter_complex</c> of the video and/or audio statements.</summary>
    public List<string> InputArguments(bool video, bool audio, params string[] extraStatements)
    {
        var args = new List<string>();
        foreach (var (path, options) in _inputs)
        {
            args.AddRange(options);
            args.Add("-i");
            args.Add(path);
        }
        var statements = (video ? _video : []).Concat(audio ? _audio : []).Concat(extraStatements).ToList();
        if (statements.Count == 0) return args;
        var graph = string.Join(";\n", statements);
        if (graph.Length < 100_000 || ScriptDirectory is null)
        {
            args.AddRange(["-filter_complex", graph]);
            return args;
        }
        Directory.CreateDirectory(ScriptDirectory);
        var script = System.IO.Path.Combine(ScriptDirectory, $"graph-{Guid.NewGuid():N}.txt");
        File.WriteAllText(script, graph);
        args.AddRange(["-filter_complex_script", script]);
        return args;
    }
}
