using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Planning;
using MediaCreator.Modules.Video.Generation.Rendering;
using MediaCreator.Modules.Video.Generation.Speech;

namespace MediaCreator.Modules.Video.Tests.Generation;

public sealed class StoryboardRendererTests
{
    private const int W = 320, H = 568;
    private const double Fps = 25;
    private static readonly StoryboardRendererOptions Fast = new() { Preset = "ultrafast", Crf = 18 };

    private static Storyboard Board(params (double Start, double Duration, string? Text, MotionKind Motion, string Transition)[] scenes) =>
        new("Test", "en", scenes.Sum(s => s.Duration), AspectRatio.Portrait,
            scenes.Select((s, i) => new StoryboardScene(i, s.Start, s.Duration, s.Text, "test", new SceneMotion(s.Motion, 0.2), s.Transition, 0.4)).ToList(), []);

    [Fact]
    public async Task RenderAsync_WhenStillsWithFades_HasTheFrameAndCutsAtThePlannedTimesAndMovesSmoothly()
    {
        using var media = new GenerationMedia();
        var board = Board((0, 1.5, null, MotionKind.ZoomIn, "none"), (1.5, 1.5, null, MotionKind.PanRight, "fade"), (3.0, 1.5, null, MotionKind.PanUp, "dissolve"));
        string[] visuals = [media.Still("a.png", 40), media.Still("b.png", 200), media.Still("c.png", 110)];
        var reports = new List<VideoProgress>();

        var info = await new StoryboardRenderer(Fast).RenderAsync(
            new StoryboardRenderRequest(board, visuals, media.File("out.mp4"), media.File("scratch"), W, H, Fps, FadeSeconds: 0.2),
            new InlineProgress(reports.Add), CancellationToken.None);

        Assert.Equal((W, H, Fps, "h264", "aac"), (info.Width, info.Height, info.Fps, info.VideoCodec, info.AudioCodec));
        Assert.InRange(info.DurationSeconds, 4.45, 4.55);
        var frames = await GenerationMedia.GrayFramesAsync(media.File("out.mp4"), W / 4, H / 4);
        Assert.Equal(112, frames.Count);
        var luma = frames.Select(GenerationMedia.Mean).ToArray();
        Assert.InRange(Crossing(luma, 20, 50, (40 + 200) / 2.0) / Fps, 1.5 - 1 / Fps, 1.5 + 1 / Fps);
        Assert.InRange(Crossing(luma, 57, 95, (200 + 110) / 2.0) / Fps, 3.0 - 1 / Fps, 3.0 + 1 / Fps);
        foreach (var (from, to) in new[] { (6, 33), (43, 70), (81, 106) })
        {
            var steps = Enumerable.Range(from, to - from).Select(i => GenerationMedia.Difference(frames[i], frames[i + 1])).ToArray();
            Assert.All(steps, d => Assert.True(d > 0.2, $"frames {from}..{to} stand still: {string.Join(", ", steps.Select(s => s.ToString("0.00")))}"));
            Assert.True(steps.Max() < 4 * steps.Average(), $"motion jumps in frames {from}..{to}: {string.Join(", ", steps.Select(s => s.ToString("0.00")))}");
        }
        Assert.True(reports.Count > 0 && reports[^1].Fraction == 1);
    }

    [Fact]
    public async Task RenderAsync_WithNarrationMusicAndCaptions_SpeaksOverDuckedMusicAndBurnsTheWords()
    {
        using var media = new GenerationMedia();
        var board = Board((0, 2, "Hello and welcome.", MotionKind.ZoomIn, "none"), (2, 2, null, MotionKind.PanLeft, "fade"), (4, 2, "Thanks for watching.", MotionKind.ZoomOut, "fade"));
        string[] visuals = [media.Still("a.png", 60), media.Still("b.png", 90), media.Still("c.png", 120)];
        var speech = await new EspeakSpeechSynthesizer().SynthesizeAsync(board.NarrationPhrases, "en", null, media.File("voice.wav"), CancellationToken.None);
        var music = await media.FfmpegAsync("music.wav", "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000:duration=10", "-af", "volume=4");
        var captions = new TestAssRenderer();

        var info = await new StoryboardRenderer(Fast).RenderAsync(new StoryboardRenderRequest(board, visuals, media.File("out.mp4"), media.File("scratch"), W, H, Fps,
            Narration: speech, MusicPath: music, MusicVolume: 0.35, Captions: captions, FadeSeconds: 0.2), null, CancellationToken.None);

        Assert.Equal(6, info.DurationSeconds, 1);
        var said = Assert.Single(captions.Written).Segments;
        Assert.Equal(["Hello and welcome.", "Thanks for watching."], said.Select(s => s.Text));
        Assert.Equal(0.15, said[0].Start, 2);
        Assert.Equal(4.15, said[1].Start, 2);
        var audio = await GenerationMedia.SamplesAsync(media.File("out.mp4"));
        double Voice(double from, double to) => Math.Sqrt(Math.Max(0, Math.Pow(GenerationMedia.Rms(audio, 8000, from, to), 2) - Math.Pow(GenerationMedia.Tone(audio, 8000, 1000, from, to), 2) / 2));
        var (speaking, quiet) = ((said[0].Start + 0.2, said[0].End - 0.1), (2.6, 3.6));
        Assert.True(Voice(speaking.Item1, speaking.Item2) > 0.03, $"narration too quiet: {Voice(speaking.Item1, speaking.Item2):0.000}");
        Assert.True(Voice(quiet.Item1, quiet.Item2) < 0.01, $"sound where nobody speaks: {Voice(quiet.Item1, quiet.Item2):0.000}");
        var (under, free) = (GenerationMedia.Tone(audio, 8000, 1000, speaking.Item1, speaking.Item2), GenerationMedia.Tone(audio, 8000, 1000, quiet.Item1, quiet.Item2));
        Assert.InRange(free, 0.12, 0.24);
        Assert.True(under < 0.5 * free, $"music not ducked under speech: {under:0.000} vs {free:0.000}");

        var frames = await GenerationMedia.GrayFramesAsync(media.File("out.mp4"), W, H);
        static int White(byte[] f) => f.Skip(f.Length * 3 / 5).Count(p => p >= 245);
        Assert.True(White(frames[(int)((said[0].Start + said[0].End) / 2 * Fps)]) > 200, "no caption while the first phrase is spoken");
        Assert.True(White(frames[75]) < 20, "a caption in the scene without text");
    }

    [Fact]
    public async Task RenderAsync_TurnsAPhotoUprightFromItsExifOrientation()
    {
        using var media = new GenerationMedia();
        // Stored 200x100: left half black, right half white; EXIF 6 says "rotate 90° clockwise to view": black on top.
        using var bitmap = new SkiaSharp.SKBitmap(200, 100);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            canvas.Clear(SkiaSharp.SKColors.White);
            using var black = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Black };
            canvas.DrawRect(0, 0, 100, 100, black);
        }
        var jpeg = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 95).ToArray();
        byte[] exif = [0xFF, 0xE1, 0, 34, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0];
        var photo = media.File("photo.jpg");
        await File.WriteAllBytesAsync(photo, [.. jpeg[..2], .. exif, .. jpeg[2..]]);
        var board = Board((0, 1, null, MotionKind.None, "none"));

        await new StoryboardRenderer(Fast).RenderAsync(new StoryboardRenderRequest(board, [photo], media.File("out.mp4"), media.File("scratch"), 160, 320, Fps, FadeSeconds: 0),
            null, CancellationToken.None);

        var frame = (await GenerationMedia.GrayFramesAsync(media.File("out.mp4"), 160, 320))[10];
        double Mean(int fromRow, int toRow) => frame.Skip(fromRow * 160).Take((toRow - fromRow) * 160).Average(b => (double)b);
        Assert.True(Mean(0, 140) < 40 && Mean(180, 320) > 215, $"top {Mean(0, 140):0}, bottom {Mean(180, 320):0}");
    }

    /// <summary>Fractional frame index where <paramref name="luma"/> crosses <paramref name="level"/> between two frames.</summary>
    private static double Crossing(double[] luma, int from, int to, double level)
    {
        for (var i = from; i < to; i++)
            if ((luma[i] - level) * (luma[i + 1] - level) <= 0)
                return i + (level - luma[i]) / (luma[i + 1] - luma[i]);
        throw new Xunit.Sdk.XunitException($"no crossing of {level} in frames {from}..{to}: {string.Join(", ", luma[from..to].Select(l => l.ToString("0")))}");
    }
}
