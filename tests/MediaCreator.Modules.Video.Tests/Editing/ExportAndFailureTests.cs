using System.Diagnostics;
using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Tests.Editing.EditMedia;

namespace MediaCreator.Modules.Video.Tests.Editing;

public sealed class ExportAndFailureTests : IDisposable
{
    private readonly EditMedia _media = new();

    [Fact]
    public async Task Export_RendersEveryFormatInOneRun()
    {
        var source = await _media.MakeAsync("src.mp4", "testsrc2=s=640x360:r=25:d=2", "sine=f=440:r=48000:d=2");
        var planner = new LinearPlanner();
        ExportTarget Target(AspectRatio a, ReframeStrategy s) => new(a, s, _media.File($"{a.Width}x{a.Height}.mp4"));

        var infos = await Editor(planner).ExportAsync(source,
            [Target(AspectRatio.Landscape, ReframeStrategy.Letterbox), Target(AspectRatio.Portrait, ReframeStrategy.BlurPad),
             Target(AspectRatio.Vertical45, ReframeStrategy.CenterCrop), Target(AspectRatio.Square, ReframeStrategy.SmartCrop)],
            _media.Scratch, null, CancellationToken.None);

        Assert.Equal([(640, 360), (360, 640), (360, 450), (360, 360)], infos.Select(i => (i.Width, i.Height)));
        Assert.Equal(["16:9", "9:16", "4:5", "1:1"], infos.Select(i => i.AspectRatio));
        Assert.All(infos, i => Assert.InRange(i.DurationSeconds, 1.95, 2.1));
        Assert.All(infos, i => Assert.True(i.HasAudio && i.VideoCodec == "h264" && i.AudioCodec == "aac"));
        Assert.Equal(["src.mp4 1:1"], planner.Calls);
        Assert.Empty(Directory.GetFiles(_media.Dir, "*.partial"));
    }

    [Fact]
    public async Task BadInput_IsAVideoProcessingExceptionWithACode()
    {
        var silent = await _media.MakeAsync("silent.mp4", "color=c=black:s=320x240:r=25:d=1");
        var text = _media.File("notes.txt");
        await File.WriteAllTextAsync(text, "not a video");
        var editor = Editor();
        async Task<string> Code(string source, params VideoEditOperation[] ops) =>
            (await Assert.ThrowsAsync<VideoProcessingException>(() => editor.EditAsync(
                new VideoEditRequest([source], ops, _media.File("out.mp4"), _media.Scratch), null, CancellationToken.None))).Code;

        Assert.Equal("INVALID_INPUT", await Code(_media.File("missing.mp4")));
        Assert.Equal("UNSUPPORTED_MEDIA", await Code(text));
        Assert.Equal("INVALID_INPUT", await Code(silent, new SpeedEdit(10)));
        Assert.Equal("INVALID_INPUT", await Code(silent, new TrimEdit(5, 6)));
        Assert.Equal("INVALID_INPUT", await Code(silent, new AutoCutSilenceEdit()));
        Assert.Equal("INVALID_INPUT", await Code(silent, new NormalizeAudioEdit()));
        Assert.Equal("INVALID_INPUT", await Code(silent, new AutoTransitionEdit("spin")));
        Assert.Equal("INVALID_INPUT", await Code(silent, new OverlayEdit(_media.File("nope.png"))));
        Assert.Equal("INVALID_INPUT", (await Assert.ThrowsAsync<VideoProcessingException>(() =>
            editor.ExportAsync(silent, [], _media.Scratch, null, CancellationToken.None))).Code);
        Assert.False(File.Exists(_media.File("out.mp4")));
    }

    [Fact]
    public async Task Cancel_MidEncode_KillsFfmpegAndLeavesNoOutput()
    {
        var source = await _media.MakeAsync("long.mp4", "testsrc2=s=320x240:r=25:d=20", "sine=f=440:r=48000:d=20");
        var output = _media.File("cancelled.mp4");
        using var cts = new CancellationTokenSource();
        var progress = new CancelOnProgress(cts);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Editor(options: new() { Preset = "veryslow" }).EditAsync(
            new VideoEditRequest([source], [new AutoReframeEdit(AspectRatio.Portrait, ReframeStrategy.BlurPad)], output, _media.Scratch),
            progress, cts.Token));

        Assert.True(progress.Cancelled);
        Assert.Empty(FfmpegChildren(output));
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".partial"));
    }

    // ffmpeg processes of this test process writing to <output> (other tests run their own ffmpeg meanwhile).
    private static List<int> FfmpegChildren(string output)
    {
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (stat.Contains("(ffmpeg)", StringComparison.Ordinal) && fields[1] == self
                    && File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(output, StringComparison.Ordinal)) found.Add(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    private sealed class CancelOnProgress(CancellationTokenSource cts) : IProgress<VideoProgress>
    {
        public bool Cancelled { get; private set; }

        public void Report(VideoProgress value)
        {
            if (value.Fraction <= 0.02 || value.Fraction >= 1 || Cancelled) return;
            Cancelled = true;
            cts.Cancel();
        }
    }

    public void Dispose() => _media.Dispose();
}
