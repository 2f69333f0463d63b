using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Captions for videos we narrate ourselves: the script is known and the synthesizer says when each phrase is spoken,
/// so words are timed by spreading each phrase over its span by syllables (Latin script) or characters (Thai),
/// with a little extra weight where punctuation makes the voice pause. No recognition involved.
/// </summary>
public static class NarrationCaptions
{
    public static Transcript FromSpeech(SpeechClip clip, string language)
    {
        var segments = new List<TranscriptSegment>();
        foreach (var phrase in clip.Phrases.OrderBy(p => p.Start))
        {
            if (phrase.Words.Count > 0)
            {
                segments.Add(phrase);
                continue;
            }
            var words = ScriptText.SplitWords(phrase.Text);
            if (words.Count == 0) continue;
            var end = Math.Min(phrase.End, clip.DurationSeconds > 0 ? clip.DurationSeconds : phrase.End);
            segments.Add(phrase with { End = end, Words = WordTimings.Spread(phrase.Start, end, words, Weight) });
        }
        return new Transcript(language, segments, "narration");
    }

    private static double Weight(string word)
    {
        var syllables = ScriptText.ContainsThai(word) ? Math.Max(1, ScriptText.DisplayLength(word) / 2.5) : ScriptText.Syllables(word);
        var pause = word[^1] switch
        {
            '.' or '!' or '?' => 1.0,
            ',' or ';' or ':' => 0.5,
            _ => 0,
        };
        return syllables + pause;
    }
}
