using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Preview;
using SkiaSharp;
using static MediaCreator.Modules.Video.Tests.Timeline.TimelineTestMedia;

namespace MediaCreator.Modules.Video.Tests.Preview;

public sealed class PreviewRendererTests : IDisposable
{
    private static readonly string[] Colors = ["red", "lime", "blue", "yellow", "magenta", "cyan"];
    private static readonly (int R, int G, int B)[] Rgb = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (255, 0, 255), (0, 255, 255)];

    private readonly string _dir = TempDirectory("preview");
    private readonly PreviewRenderer _renderer = new(new PreviewOptions());

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public async Task Proxy_IsAtMost360pWithTheSameDuration()
    {
        var source = Path.Combine(_dir, "hd.mp4");
        await FfmpegProcess.RunAsync(["-f", "lavfi", "-i", "testsrc2=s=960x540:r=25:d=2", "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
            "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", "-y", source]);
        var reports = new List<VideoProgress>();
        var proxy = await _renderer.RenderProxyAsync(source, Path.Combine(_dir, "proxy.mp4"), new SyncProgress(reports.Add));
        Assert.Equal((640, 360), (proxy.Width, proxy.Height));
        var info = await VideoInfo.ProbeAsync(proxy.Path, CancellationToken.None);
        Assert.InRange(info.DurationSeconds, 1.9, 2.1);
        Assert.True(info.HasAudio);
        Assert.Equal(1, reports[^1].Fraction);
    }

    [Fact]
    public void ProxySize_KeepsTheShortSideAtMost360_ForPortraitToo()
    {
        Assert.Equal((360, 640), PreviewRenderer.ProxySize(1080, 1920, 360));
        Assert.Equal((320, 240), PreviewRenderer.ProxySize(320, 240, 360));
    }

    [Fact]
    public async Task ThumbnailStrip_HasOneTilePerFrame_WithTheSourceColourAtItsTime()
    {
        var source = await ColorSequenceAsync(_dir, "colors.mp4", Colors);
        var strip = await _renderer.RenderThumbnailStripAsync(source, Path.Combine(_dir, "strip.jpg"), 6, 60);
        Assert.Equal([0.5, 1.5, 2.5, 3.5, 4.5, 5.5], strip.Times);
        Assert.Equal((80, 60, 480, 60), (strip.TileWidth, strip.TileHeight, strip.Width, strip.Height));
        using var image = SKBitmap.Decode(strip.Path);
        Assert.Equal((480, 60), (image.Width, image.Height));
        for (var i = 0; i < 6; i++)
        {
            var c = image.GetPixel(i * 80 + 40, 30);
            Assert.True(Math.Abs(c.Red - Rgb[i].R) < 40 && Math.Abs(c.Green - Rgb[i].G) < 40 && Math.Abs(c.Blue - Rgb[i].B) < 40,
                $"tile {i} should be {Colors[i]}, got {c}");
        }
    }

    [Fact]
    public async Task Waveform_HasInkWhereTheSoundIsLoud_AndNoneInSilence()
    {
        var source = await ToneAsync(_dir, "tone.wav", 440, 1, silenceBefore: 1, silenceAfter: 1);
        var wave = await _renderer.RenderWaveformAsync(source, Path.Combine(_dir, "wave.png"), 300, 80);
        using var image = SKBitmap.Decode(wave.Path);
        Assert.Equal((300, 80), (image.Width, image.Height));
        int Ink(int x0, int x1) => Enumerable.Range(x0, x1 - x0).Sum(x => Enumerable.Range(0, 80).Count(y => image.GetPixel(x, y).Alpha > 0));
        Assert.Equal(0, Ink(0, 95));
        Assert.Equal(0, Ink(205, 300));
        Assert.True(Ink(105, 195) > 90 * 30, "the 0.5-amplitude tone fills about half the height of every column");
        Assert.InRange(wave.Max[150], 0.45f, 0.55f);
        Assert.InRange(wave.Min[150], -0.55f, -0.45f);
    }

    private sealed class SyncProgress(Action<VideoProgress> report) : IProgress<VideoProgress>
    {
        public void Report(VideoProgress value) => report(value);
    }
}
