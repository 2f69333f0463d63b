using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

/// <summary>Builds transcripts word by word: each word a fixed length, pauses where asked.</summary>
internal sealed class TranscriptBuilder(string language = "en")
{
    private readonly List<TranscriptSegment> _segments = [];
    private double _at;

    public TranscriptBuilder Pause(double seconds)
    {
        _at += seconds;
        return this;
    }

    public TranscriptBuilder Say(string text, double secondsPerWord = 0.4)
    {
        var words = new List<TimedWord>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(new TimedWord(Math.Round(_at, 3), Math.Round(_at + secondsPerWord * 0.9, 3), word));
            _at += secondsPerWord;
        }
        _segments.Add(new TranscriptSegment(words[0].Start, words[^1].End, text, words));
        return this;
    }

    public Transcript Build() => new(language, _segments, "test");
}
