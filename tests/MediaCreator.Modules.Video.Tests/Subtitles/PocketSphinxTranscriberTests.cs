using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Subtitles;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

public sealed class PocketSphinxTranscriberTests : IDisposable
{
    private const string Script = "Hello world. Thank you very much. Good morning everyone.";
    private readonly string _dir = Directory.CreateTempSubdirectory("sphinx-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public async Task Transcribe_WhenSpeechIsSynthesized_FindsWordsTimedInsideTheSpeech()
    {
        var wav = Path.Combine(_dir, "speech.wav");
        await SpeechAudio.SpeakAsync(Script, wav);
        var spans = await SpeechAudio.SpeechSpansAsync(wav);
        var duration = (await VideoInfo.ProbeAsync(wav, CancellationToken.None)).DurationSeconds;
        var reports = new List<VideoProgress>();

        var transcript = await new PocketSphinxTranscriber().TranscribeAsync(wav, "en", new SyncProgress(reports), CancellationToken.None);

        var words = transcript.Words.ToList();
        Assert.Equal("pocketsphinx", transcript.Source);
        Assert.InRange(words.Count, Script.Split(' ').Length / 2, Script.Split(' ').Length * 2);
        Assert.DoesNotContain(words, w => w.Text.Contains('<') || w.Text.Contains('[') || w.Text.Contains('('));
        Assert.All(words, w => Assert.True(w.Start >= 0 && w.End <= duration + 0.05 && w.End >= w.Start, $"{w}"));
        Assert.All(words.Zip(words.Skip(1)), p => Assert.True(p.Second.Start >= p.First.End - 0.001));
        Assert.True(words[0].Start >= spans[0].Start - 0.15, "no word before the speech starts");
        var inside = words.Count(w => spans.Any(s => (w.Start + w.End) / 2 >= s.Start - 0.1 && (w.Start + w.End) / 2 <= s.End + 0.1));
        Assert.True(inside >= 0.8 * words.Count, $"{inside} of {words.Count} words lie in speech");
        // espeak's formant voice is far from the speech the acoustic model learned: pocketsphinx hears "the ah where
        // little and you marry my church on learning everyone" here, so the timing above is the real proof and only a
        // couple of script words are expected back.
        var expected = new[] { "thank", "you", "morning", "everyone", "hello", "world", "very", "much", "good" };
        var hits = expected.Count(e => words.Any(w => w.Text.Equals(e, StringComparison.OrdinalIgnoreCase)));
        Assert.True(hits >= 2, $"only {hits} of the script's words recognized: {transcript.Text}");
        Assert.Equal(1, reports[^1].Fraction);
    }

    [Fact]
    public async Task Transcribe_WhenCancelled_StopsPromptly()
    {
        var wav = Path.Combine(_dir, "long.wav");
        // Ten minutes of noise: far more than pocketsphinx gets through before the cancel, however idle the machine.
        await MediaCreator.Modules.Core.Media.FfmpegProcess.RunAsync(["-y", "-f", "lavfi", "-i", "anoisesrc=d=600:a=0.2", "-ar", "16000", "-ac", "1", wav]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PocketSphinxTranscriber().TranscribeAsync(wav, null, null, cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public async Task Transcribe_WhenLanguageIsNotEnglish_IsUnsupported()
    {
        var e = await Assert.ThrowsAsync<VideoProcessingException>(() =>
            new PocketSphinxTranscriber().TranscribeAsync("any.wav", "th", null, CancellationToken.None));
        Assert.Equal("UNSUPPORTED", e.Code);
    }

    [Fact]
    public void Output_DropsFillersAndAlternateMarks()
    {
        var words = new[] { "<s> 0.0 0.2 0.9", "hello(2) 0.21 0.5 0.8", "[NOISE] 0.5 0.6 1", "<sil> 0.6 0.7 1", "hello world", "++GARBAGE++ 0.7 0.8 1", "world 0.8 1.1 0.4" }
            .SelectMany(SphinxOutput.Words).ToList();
        var modern = SphinxOutput.Words("""{"b":0.0,"d":1.2,"p":1,"t":"go on","w":[{"b":0.0,"d":0.1,"p":1,"t":"<sil>"},{"b":0.1,"d":0.4,"p":0.9,"t":"go"},{"b":0.5,"d":0.3,"p":0.8,"t":"on(3)"}]}""").ToList();

        Assert.Equal(["hello", "world"], words.Select(w => w.Text));
        Assert.Equal(0.21, words[0].Start);
        Assert.Equal(["go", "on"], modern.Select(w => w.Text));
        Assert.Equal(0.8, modern[1].End, 3);
    }

    private sealed class SyncProgress(List<VideoProgress> reports) : IProgress<VideoProgress>
    {
        public void Report(VideoProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
