using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Speech;

/// <summary>
/// Joins per-phrase speech into one narration WAV with a short pause between phrases, and times each phrase (and its
/// words, spread over the phrase by length) from the samples actually written.
/// </summary>
internal static class PhraseJoiner
{
    public static async Task<SpeechClip> JoinAsync(IReadOnlyList<(string Text, WavAudio Audio)> phrases, double pauseSeconds, string wavPath, CancellationToken ct)
    {
        var rate = phrases.Count > 0 ? phrases[0].Audio.SampleRate : 22050;
        var pause = (int)Math.Round(pauseSeconds * rate);
        var parts = phrases.Select(p => Trim(p.Audio.Resample(rate).Samples)).ToList();
        var total = parts.Sum(p => p.Length) + pause * Math.Max(0, parts.Count - 1);
        var samples = new float[total];
        var segments = new List<TranscriptSegment>(parts.Count);
        var at = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) at += pause;
            parts[i].CopyTo(samples, at);
            var start = (double)at / rate;
            var end = (double)(at + parts[i].Length) / rate;
            segments.Add(new TranscriptSegment(start, end, phrases[i].Text, SpreadWords(phrases[i].Text, start, end)));
            at += parts[i].Length;
        }
        var audio = new WavAudio(samples, rate);
        await audio.WriteAsync(wavPath, ct);
        return new SpeechClip(wavPath, audio.DurationSeconds, segments);
    }

    /// <summary>Word times proportional to each word's length (syllables take time, not words).</summary>
    public static IReadOnlyList<TimedWord> SpreadWords(string text, double start, double end)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        var weights = words.Select(w => w.Length + 1.0).ToArray();
        var sum = weights.Sum();
        var result = new List<TimedWord>(words.Length);
        var t = start;
        for (var i = 0; i < words.Length; i++)
        {
            var d = (end - start) * weights[i] / sum;
            result.Add(new TimedWord(t, t + d, words[i]));
            t += d;
        }
        return result;
    }

    /// <summary>Drops leading/trailing near-silence so pauses between phrases are the ones we chose.</summary>
    private static float[] Trim(float[] s)
    {
        const float floor = 0.003f;
        var a = 0;
        while (a < s.Length && Math.Abs(s[a]) < floor) a++;
        var b = s.Length;
        while (b > a && Math.Abs(s[b - 1]) < floor) b--;
        return s[a..b];
    }
}
