using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Subtitles;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

public sealed class NarrationCaptionsTests
{
    [Fact]
    public void FromSpeech_SpreadsWordsOverEachPhraseBySyllables()
    {
        var clip = new SpeechClip("n.wav", 6, [
            new TranscriptSegment(0.2, 2.2, "Unbelievable cat, really.", []),
            new TranscriptSegment(3, 5, "สวัสดีครับ", []),
        ]);

        var transcript = NarrationCaptions.FromSpeech(clip, "en");

        Assert.Equal("narration", transcript.Source);
        var first = transcript.Segments[0].Words;
        Assert.Equal(["Unbelievable", "cat,", "really."], first.Select(w => w.Text));
        Assert.Equal(0.2, first[0].Start, 3);
        Assert.Equal(2.2, first[^1].End, 3);
        Assert.True(first[0].End - first[0].Start > 2 * (first[1].End - first[1].Start), "five syllables outlast one");
        Assert.All(first.Zip(first.Skip(1)), p => Assert.Equal(p.First.End, p.Second.Start, 3));
        Assert.Equal(["สวัสดี", "ครับ"], transcript.Segments[1].Words.Select(w => w.Text));
        Assert.Equal(5, transcript.Segments[1].Words[^1].End, 3);
    }
}
