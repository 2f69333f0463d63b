using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Subtitles;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

public sealed class CaptionBurnInTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("captions-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public async Task Standard_WhenBurnedIn_ShowsTextAtTheBottomOnlyWhileSpoken()
    {
        var transcript = new Transcript("en", [
            new TranscriptSegment(1.0, 2.0, "Hello world", []),
            new TranscriptSegment(3.0, 3.8, "Second caption", []),
        ], "test");
        var ass = Path.Combine(_dir, "standard.ass");

        await new CaptionRenderer().WriteAssAsync(transcript, "STANDARD", 320, 240, ass, CancellationToken.None);
        var video = await BurnedFrames.BurnAsync(ass, 320, 240, 4.5);

        foreach (var t in new[] { 0.5, 2.5, 4.2 })
            Assert.Empty(video.Pixels(t, 0, 1, BurnedFrames.White));
        foreach (var t in new[] { 1.2, 1.8, 3.1, 3.6 })
        {
            var ink = video.Pixels(t, 0, 1, BurnedFrames.White);
            Assert.True(ink.Count > 30, $"caption ink at {t}s: {ink.Count}");
            Assert.True(ink.Min(p => p.Y) > 0.75 * 240, "caption sits in the bottom quarter");
            Assert.InRange(ink.Average(p => p.X), 140, 180);
        }
    }

    [Fact]
    public async Task TikTok_WhenBurnedIn_HighlightsTheWordBeingSpoken()
    {
        var words = new[] { "one", "two", "three", "four" }.Select((w, i) => new TimedWord(1 + 0.6 * i, 1.5 + 0.6 * i, w)).ToList();
        var transcript = new Transcript("en", [new TranscriptSegment(1, 3.3, "one two three four", words)], "test");
        var ass = Path.Combine(_dir, "tiktok.ass");

        var document = await new CaptionRenderer().WriteAsync(transcript, CaptionStyle.TikTok, 360, 640, ass, CancellationToken.None);
        var video = await BurnedFrames.BurnAsync(ass, 360, 640, 4);

        Assert.Equal(4, document.CueCount);
        Assert.Empty(video.Pixels(0.5, 0, 1, (r, g, b) => r > 120 || g > 120));
        var first = video.Pixels(1.2, 0, 1, BurnedFrames.Yellow);
        var third = video.Pixels(2.4, 0, 1, BurnedFrames.Yellow);
        var text = video.Pixels(1.2, 0, 1, BurnedFrames.White);
        Assert.True(first.Count > 100 && third.Count > 100, $"highlight ink {first.Count}, {third.Count}");
        Assert.True(text.Count > 100, "the other words are white");
        Assert.True(first.Average(p => p.X) < text.Average(p => p.X), "'one' is left of 'two three'");
        Assert.True(third.Average(p => p.X) > 180, "'three' is the right-hand word");
        Assert.InRange(first.Average(p => p.Y), 0.55 * 640, 0.8 * 640);
        var last = video.Pixels(3.1, 0, 1, BurnedFrames.Yellow);
        Assert.InRange(last.Average(p => p.X), 140, 220);
        Assert.DoesNotContain(video.Pixels(3.1, 0, 1, BurnedFrames.White), p => p.X < 100);
    }

    [Fact]
    public async Task Karaoke_WritesSweepTagsTimedToTheWords()
    {
        var transcript = new TranscriptBuilder().Pause(1).Say("sing along now", 0.5).Build();
        var ass = Path.Combine(_dir, "karaoke.ass");

        await new CaptionRenderer().WriteAssAsync(transcript, "KARAOKE", 640, 360, ass, CancellationToken.None);

        var dialogue = File.ReadAllLines(ass).Single(l => l.StartsWith("Dialogue:", StringComparison.Ordinal));
        Assert.EndsWith(@",,{\kf45}sing {\k5}{\kf45}along {\k5}{\kf45}now", dialogue);
        Assert.Equal(["sing", "along", "now"], SubtitleParser.Parse(File.ReadAllText(ass), "en").Words.Select(w => w.Text));
    }

    [Fact]
    public async Task Styles_AreSizedFromTheFrame()
    {
        var transcript = new TranscriptBuilder().Say("Size check").Build();
        var small = Path.Combine(_dir, "small.ass");
        var large = Path.Combine(_dir, "large.ass");

        await new CaptionRenderer().WriteAssAsync(transcript, "MINIMAL", 640, 360, small, CancellationToken.None);
        await new CaptionRenderer().WriteAssAsync(transcript, "MINIMAL", 1920, 1080, large, CancellationToken.None);

        Assert.Contains("PlayResX: 1920\nPlayResY: 1080", File.ReadAllText(large), StringComparison.Ordinal);
        Assert.Equal(3 * FontSize(small), FontSize(large), 1);
        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => new CaptionRenderer().WriteAssAsync(transcript, "FANCY", 640, 360, small, CancellationToken.None));
        Assert.Equal("INVALID_INPUT", e.Code);
    }

    private static double FontSize(string ass) =>
        double.Parse(File.ReadAllLines(ass).Single(l => l.StartsWith("Style:", StringComparison.Ordinal)).Split(',')[2], System.Globalization.CultureInfo.InvariantCulture);
}
