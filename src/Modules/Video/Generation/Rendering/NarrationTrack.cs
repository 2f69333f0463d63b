using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Planning;
using MediaCreator.Modules.Video.Generation.Speech;

namespace MediaCreator.Modules.Video.Generation.Rendering;

/// <summary>
/// Places each narration phrase at its scene (a short lead after the scene starts, never over the previous phrase)
/// on a track exactly as long as the video, and the caption transcript with the times the words are really heard.
/// </summary>
internal static class NarrationTrack
{
    public static async Task<(string Path, Transcript Captions)> BuildAsync(Storyboard storyboard, SpeechClip speech,
        StoryboardRendererOptions options, string path, CancellationToken ct)
    {
        var narrated = storyboard.Scenes.Where(s => s.Text is not null).ToList();
        if (narrated.Count != speech.Phrases.Count)
            throw new VideoProcessingException("INVALID_INPUT",
                $"The narration has {speech.Phrases.Count} phrases but {narrated.Count} scenes have text; synthesize Storyboard.NarrationPhrases.");
        var source = WavAudio.Read(await File.ReadAllBytesAsync(speech.WavPath, ct), "The narration");
        var rate = source.SampleRate;
        var track = new float[(int)Math.Round(storyboard.DurationSeconds * rate)];
        var segments = new List<TranscriptSegment>();
        var free = 0.0;
        for (var i = 0; i < narrated.Count; i++)
        {
            var phrase = speech.Phrases[i];
            var at = Math.Max(narrated[i].Start + options.NarrationLeadSeconds, free);
            var from = (int)Math.Round(phrase.Start * rate);
            var count = Math.Min((int)Math.Round((phrase.End - phrase.Start) * rate), source.Samples.Length - from);
            var to = (int)Math.Round(at * rate);
            count = Math.Min(count, track.Length - to);
            if (count <= 0) break;
            Array.Copy(source.Samples, from, track, to, count);
            var shift = at - phrase.Start;
            var end = at + (double)count / rate;
            var words = phrase.Words.Where(w => w.Start + shift < end)
                .Select(w => w with { Start = w.Start + shift, End = Math.Min(w.End + shift, end) }).ToList();
            segments.Add(new TranscriptSegment(at, end, phrase.Text, words.Count > 0 ? words : PhraseJoiner.SpreadWords(phrase.Text, at, end)));
            free = end + options.NarrationGapSeconds;
        }
        await new WavAudio(track, rate).WriteAsync(path, ct);
        return (path, new Transcript(storyboard.Language, segments, "narration"));
    }

    /// <summary>Captions from the scene texts when there is no narration: each shown across its scene.</summary>
    public static Transcript FromScenes(Storyboard storyboard) => new(storyboard.Language,
        storyboard.Scenes.Where(s => s.Text is not null).Select(s =>
        {
            var (start, end) = (s.Start + Math.Min(0.1, s.Duration / 10), s.End - Math.Min(0.1, s.Duration / 10));
            return new TranscriptSegment(start, end, s.Text!, PhraseJoiner.SpreadWords(s.Text!, start, end));
        }).ToList(), "narration");
}
