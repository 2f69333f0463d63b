// Video benches: our edit/export jobs against the equivalent hand-written ffmpeg command in the same run.
// Usage: dotnet run -c Release --project bench/MediaCreator.Bench.Video -- [seconds=60] [height=720] [runs=3] [preset=veryfast]
using System.Diagnostics;
using System.Globalization;
using MediaCreator.Bench.Video;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Editing;

var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 60;
var height = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 720;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var options = new VideoEditorOptions { Preset = args.Length > 3 ? args[3] : "veryfast" };
var dir = Directory.CreateTempSubdirectory("mc-video-bench-").FullName;
try
{
    var media = new BenchMedia(dir, options);
    var source = await media.SourceAsync(seconds, height);
    var info = await VideoInfo.ProbeAsync(source, CancellationToken.None);
    Console.WriteLine($"source {info.Width}x{info.Height} {info.Fps} fps {info.DurationSeconds:0.0} s; preset {options.Preset}, crf {options.Crf}; {runs} runs, medians; {Environment.ProcessorCount} cores");
    var planner = new PanningPlanner();
    var editor = new FfmpegVideoEditor(planner, new NoCaptions(), options);
    var scratch = Path.Combine(dir, "scratch");
    Task Edit(VideoEditOperation op, string name) =>
        editor.EditAsync(new VideoEditRequest([source], [op], Path.Combine(dir, name), scratch), null, CancellationToken.None);

    var keep = await media.KeepRangesAsync(source, new AutoCutSilenceEdit());
    Report("auto_cut_silence", await Compare(runs,
        () => Edit(new AutoCutSilenceEdit(), "cut.mp4"),
        () => media.FfmpegAsync(source, media.HandCut(keep, info.Fps), "hand-cut.mp4")));

    var portrait = AspectRatio.Portrait.FrameSize(shortSide: Math.Min(1080, info.Height));
    Report("reframe 9:16 center crop", await Compare(runs,
        () => Edit(new AutoReframeEdit(AspectRatio.Portrait, ReframeStrategy.CenterCrop), "center.mp4"),
        () => media.FfmpegAsync(source, $"[0:v]{BenchMedia.HandCenterCrop(info.Width, info.Height, portrait)}[v]", "hand-center.mp4", "0:a")));
    var path = (await planner.PlanAsync(source, AspectRatio.Portrait, null, CancellationToken.None)).Path;
    Report("reframe 9:16 smart crop (fixed planner path)", await Compare(runs,
        () => Edit(new AutoReframeEdit(AspectRatio.Portrait), "smart.mp4"),
        () => media.FfmpegAsync(source, $"[0:v]{BenchMedia.HandPathCrop(path, portrait)}[v]", "hand-smart.mp4", "0:a")));

    var targets = new (AspectRatio Aspect, ReframeStrategy Strategy)[]
    {
        (AspectRatio.Landscape, ReframeStrategy.Letterbox), (AspectRatio.Portrait, ReframeStrategy.BlurPad),
        (AspectRatio.Vertical45, ReframeStrategy.CenterCrop), (AspectRatio.Square, ReframeStrategy.CenterCrop),
    };
    Report("multi-export 16:9+9:16+4:5+1:1 vs 4 separate runs", await Compare(runs,
        () => editor.ExportAsync(source, targets.Select((t, i) => new ExportTarget(t.Aspect, t.Strategy, Path.Combine(dir, $"export{i}.mp4"))).ToList(),
            scratch, null, CancellationToken.None),
        async () =>
        {
            for (var i = 0; i < targets.Length; i++)
                await media.FfmpegAsync(source, $"[0:v]{BenchMedia.HandReframe(targets[i].Strategy, info.Width, info.Height, targets[i].Aspect)}[v]", $"separate{i}.mp4", "0:a");
        }));
}
finally
{
    Directory.Delete(dir, recursive: true);
}

static async Task<(double Ours, double Hand)> Compare(int runs, Func<Task> ours, Func<Task> hand)
{
    var a = new List<double>();
    var b = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        // Alternate which side goes first, so drifting machine load hits both alike.
        if (i % 2 == 0) { a.Add(await Time(ours)); b.Add(await Time(hand)); }
        else { b.Add(await Time(hand)); a.Add(await Time(ours)); }
    }
    return (Median(a), Median(b));
}

static async Task<double> Time(Func<Task> run)
{
    var sw = Stopwatch.StartNew();
    await run();
    return sw.Elapsed.TotalSeconds;
}

static double Median(List<double> values)
{
    var s = values.Order().ToList();
    return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
}

static void Report(string name, (double Ours, double Hand) t) =>
    Console.WriteLine($"{name,-52} ours {t.Ours,7:0.00} s   ffmpeg {t.Hand,7:0.00} s   ratio {t.Ours / t.Hand:0.00}");
