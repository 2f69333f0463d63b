using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Groups recognized words into segments at utterance ends, pauses and a word limit.</summary>
internal static class SphinxSegments
{
    public static List<TranscriptSegment> Group(IReadOnlyList<(TimedWord Word, bool UtteranceEnd)> words, double pauseSeconds, int maxWords)
    {
        var segments = new List<TranscriptSegment>();
        var current = new List<TimedWord>();
        for (var i = 0; i < words.Count; i++)
        {
            var (word, utteranceEnd) = words[i];
            if (current.Count > 0 && (word.Start - current[^1].End >= pauseSeconds || current.Count >= maxWords))
            {
                segments.Add(WordTimings.Segment(current));
                current = [];
            }
            current.Add(word);
            if (utteranceEnd)
            {
                segments.Add(WordTimings.Segment(current));
                current = [];
            }
        }
        if (current.Count > 0) segments.Add(WordTimings.Segment(current));
        return segments;
    }
}
