using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Reframe;
using SkiaSharp;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Video.Tests.Reframe;

public sealed class SubjectReframePlannerTests(ITestOutputHelper output) : IDisposable
{
    private static readonly SKColor Night = new(25, 30, 45);
    private readonly TempFolder _temp = new();
    private readonly SubjectReframePlanner _planner = new(new SubjectReframeOptions());

    [Fact]
    public async Task Moving_disc_stays_inside_a_smooth_9_16_window()
    {
        const float radius = 28;
        static float DiscX(double t) => (float)(70 + 500 * t / 6);
        var video = await SyntheticVideo.RenderAsync(_temp.Path, "disc.mp4", 6, (c, t) =>
        {
            c.Clear(Night);
            SyntheticVideo.Disc(c, DiscX(t), 180, radius, SKColors.White);
        });

        var fractions = new List<double>();
        var plan = await _planner.PlanAsync(video, AspectRatio.Portrait, new SyncProgress(p => fractions.Add(p.Fraction)), CancellationToken.None);
        Log(plan);

        Assert.Equal(1.0, fractions[^1]);
        Assert.Equal(fractions.Order(), fractions);
        Assert.True(fractions.Count > 10);
        Assert.Equal("motion", plan.Subject);
        Assert.Equal((202, 360), (plan.Path.CropWidth, plan.Path.CropHeight));
        Assert.InRange(plan.FramesAnalyzed, 20, 30);
        Assert.True(plan.FramesWithSubject >= plan.FramesAnalyzed * 0.8, $"{plan.FramesWithSubject} of {plan.FramesAnalyzed}");
        for (var t = 0.0; t < 6; t += 1.0 / SyntheticVideo.Fps)
        {
            var (x, _) = plan.Path.At(t);
            Assert.True(DiscX(t) - radius >= x - 1 && DiscX(t) + radius <= x + plan.Path.CropWidth + 1, $"disc at {DiscX(t)} outside [{x}, {x + 202}] at {t:0.00}s");
        }
        Assert.InRange(plan.Path.Keyframes.Count, 2, 8);
        AssertSmooth(plan.Path, maxSpeed: plan.Path.CropWidth * 1.01);
        for (var i = 1; i < plan.Path.Keyframes.Count; i++) Assert.True(plan.Path.Keyframes[i].X >= plan.Path.Keyframes[i - 1].X, "the window never swings back");
    }

    [Fact]
    public async Task Face_wins_over_a_moving_distraction_and_is_centred()
    {
        const float faceX = 480;
        var video = await SyntheticVideo.RenderAsync(_temp.Path, "face.mp4", 4, (c, t) =>
        {
            c.Clear(new SKColor(90, 110, 140));
            SyntheticVideo.Disc(c, (float)(60 + 120 * Math.Abs(Math.Sin(t * 1.5))), 260, 30, SKColors.Orange);
            SyntheticVideo.Face(c, faceX + (float)(4 * Math.Sin(t * 3)), 170, 140);
        });

        var plan = await _planner.PlanAsync(video, AspectRatio.Portrait, null, CancellationToken.None);
        Log(plan);

        Assert.Equal("faces", plan.Subject);
        Assert.True(plan.FramesWithSubject >= plan.FramesAnalyzed * 0.8, $"{plan.FramesWithSubject} of {plan.FramesAnalyzed}");
        for (var t = 0.0; t < 4; t += 0.25)
            Assert.InRange(plan.Path.At(t).X + plan.Path.CropWidth / 2.0, faceX - 15, faceX + 15);
        Assert.True(plan.Path.Keyframes.Count <= 2, "a still face gives a still crop");
    }

    [Fact]
    public async Task The_main_face_is_followed_not_the_other_one()
    {
        var video = await SyntheticVideo.RenderAsync(_temp.Path, "two-faces.mp4", 3, (c, t) =>
        {
            c.Clear(new SKColor(90, 110, 140));
            SyntheticVideo.Face(c, 150, 180, 150);
            if (t % 1 < 0.6) SyntheticVideo.Face(c, 500, 160, 90);
        });

        var plan = await _planner.PlanAsync(video, AspectRatio.Portrait, null, CancellationToken.None);
        Log(plan);

        Assert.Equal("faces", plan.Subject);
        for (var t = 0.0; t < 3; t += 0.25)
            Assert.InRange(plan.Path.At(t).X + plan.Path.CropWidth / 2.0, 135, 165);
    }

    [Fact]
    public async Task Portrait_source_to_landscape_follows_the_subject_vertically()
    {
        static float DiscY(double t) => (float)(80 + 480 * t / 4);
        var video = await SyntheticVideo.RenderAsync(_temp.Path, "tall.mp4", 4, 360, 640, (c, t) =>
        {
            c.Clear(Night);
            SyntheticVideo.Disc(c, 180, DiscY(t), 28, SKColors.White);
        });

        var plan = await _planner.PlanAsync(video, AspectRatio.Landscape, null, CancellationToken.None);
        Log(plan);

        Assert.Equal((360, 202), (plan.Path.CropWidth, plan.Path.CropHeight));
        for (var t = 0.0; t < 4; t += 1.0 / SyntheticVideo.Fps)
        {
            var (x, y) = plan.Path.At(t);
            Assert.Equal(0, x);
            Assert.True(DiscY(t) - 28 >= y - 1 && DiscY(t) + 28 <= y + 202 + 1, $"disc at {DiscY(t)} outside [{y}, {y + 202}] at {t:0.00}s");
        }
    }

    [Fact]
    public async Task Without_the_face_cascade_the_plan_falls_back_and_says_so()
    {
        var video = await SyntheticVideo.RenderAsync(_temp.Path, "face.mp4", 2, (c, t) =>
        {
            c.Clear(new SKColor(90, 110, 140));
            SyntheticVideo.Face(c, 480, 170, 140);
        });
        var planner = new SubjectReframePlanner(new SubjectReframeOptions { FrontalFaceCascadePath = Path.Combine(_temp.Path, "missing.xml") });
        var messages = new List<string>();

        var plan = await planner.PlanAsync(video, AspectRatio.Square, new SyncProgress(p => messages.Add(p.Message)), CancellationToken.None);

        Assert.NotEqual("faces", plan.Subject);
        Assert.Contains(messages, m => m.Contains("No face cascade", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Static_scene_follows_the_salient_object()
    {
        var video = await SyntheticVideo.RenderAsync(_temp.Path, "still.mp4", 3, (c, _) =>
        {
            c.Clear(new SKColor(60, 70, 80));
            using var paint = new SKPaint { Color = new SKColor(250, 220, 40) };
            c.DrawRect(500, 140, 70, 70, paint);
        });

        var plan = await _planner.PlanAsync(video, AspectRatio.Square, null, CancellationToken.None);
        Log(plan);

        Assert.Equal("saliency", plan.Subject);
        Assert.Equal((360, 360), (plan.Path.CropWidth, plan.Path.CropHeight));
        var (x, _) = plan.Path.At(1.5);
        Assert.True(x <= 500 && x + 360 >= 570, $"window [{x}, {x + 360}] misses the object");
        Assert.Equal(280, x, 1.0);
    }

    [Fact]
    public async Task Hard_cut_jumps_at_the_cut_instead_of_drifting()
    {
        const double cut = 2.0;
        var video = await SyntheticVideo.RenderAsync(_temp.Path, "cut.mp4", 4, (c, t) =>
        {
            var bob = (float)(12 * Math.Sin(t * 6));
            if (t < cut)
            {
                c.Clear(Night);
                SyntheticVideo.Disc(c, 110, 180 + bob, 30, SKColors.White);
            }
            else
            {
                c.Clear(new SKColor(120, 80, 40));
                SyntheticVideo.Disc(c, 540, 180 + bob, 30, SKColors.Cyan);
            }
        });

        var plan = await _planner.PlanAsync(video, AspectRatio.Portrait, null, CancellationToken.None);
        Log(plan);

        double Center(double t) => plan.Path.At(t).X + plan.Path.CropWidth / 2.0;
        var lastFrameBefore = cut - 1.0 / SyntheticVideo.Fps;
        Assert.InRange(Center(1.0), 90, 130);
        Assert.InRange(Center(lastFrameBefore), 90, 130);
        Assert.InRange(Center(cut), 520, 560);
        Assert.InRange(Center(3.5), 520, 560);
    }

    [Fact]
    public async Task Missing_unreadable_and_audio_only_inputs_and_bad_ratios_are_rejected_with_a_code()
    {
        var missing = await Assert.ThrowsAsync<VideoProcessingException>(() =>
            _planner.PlanAsync(Path.Combine(_temp.Path, "nope.mp4"), AspectRatio.Portrait, null, CancellationToken.None));
        Assert.Equal("INVALID_INPUT", missing.Code);

        var text = Path.Combine(_temp.Path, "text.mp4");
        await File.WriteAllTextAsync(text, "not a video at all");
        var unreadable = await Assert.ThrowsAsync<VideoProcessingException>(() =>
            _planner.PlanAsync(text, AspectRatio.Portrait, null, CancellationToken.None));
        Assert.Equal("UNSUPPORTED_MEDIA", unreadable.Code);

        var audio = Path.Combine(_temp.Path, "tone.m4a");
        await MediaCreator.Modules.Core.Media.FfmpegProcess.RunAsync(["-f", "lavfi", "-i", "sine=duration=1", "-c:a", "aac", "-y", audio]);
        var noVideo = await Assert.ThrowsAsync<VideoProcessingException>(() =>
            _planner.PlanAsync(audio, AspectRatio.Portrait, null, CancellationToken.None));
        Assert.Equal("UNSUPPORTED_MEDIA", noVideo.Code);

        var badRatio = await Assert.ThrowsAsync<VideoProcessingException>(() =>
            _planner.PlanAsync(audio, new AspectRatio(0, 16), null, CancellationToken.None));
        Assert.Equal("INVALID_INPUT", badRatio.Code);
    }

    [Fact]
    public async Task Cancelling_stops_the_analysis()
    {
        var video = Path.Combine(_temp.Path, "long.mp4");
        await MediaCreator.Modules.Core.Media.FfmpegProcess.RunAsync(
            ["-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=30", "-c:v", "libx264", "-preset", "ultrafast", "-y", video]);
        using var cts = new CancellationTokenSource();
        var fractions = new List<double>();
        var progress = new SyncProgress(p =>
        {
            fractions.Add(p.Fraction);
            if (p.Fraction > 0.05) cts.Cancel();
        });
        var started = DateTime.UtcNow;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _planner.PlanAsync(video, AspectRatio.Portrait, progress, cts.Token));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.True(fractions.Max() < 0.5, $"stopped at {fractions.Max():0.00}");
    }

    private static void AssertSmooth(CropPath path, double maxSpeed)
    {
        for (var i = 1; i < path.Keyframes.Count; i++)
        {
            var (a, b) = (path.Keyframes[i - 1], path.Keyframes[i]);
            var speed = Math.Abs(b.X - a.X) / (b.Time - a.Time);
            Assert.True(speed <= maxSpeed, $"pans at {speed:0} px/s between {a.Time}s and {b.Time}s");
        }
    }

    private void Log(ReframePlan plan) =>
        output.WriteLine($"{plan.Subject} {plan.FramesWithSubject}/{plan.FramesAnalyzed} crop {plan.Path.CropWidth}x{plan.Path.CropHeight}: "
            + string.Join(" ", plan.Path.Keyframes.Select(k => $"({k.Time:0.00}s {k.X:0} {k.Y:0})")));

    public void Dispose() => _temp.Dispose();

    private sealed class SyncProgress(Action<VideoProgress> report) : IProgress<VideoProgress>
    {
        public void Report(VideoProgress value) => report(value);
    }
}
