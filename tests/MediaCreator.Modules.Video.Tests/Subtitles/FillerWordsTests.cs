using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Subtitles;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

public sealed class FillerWordsTests
{
    // TranscriptBuilder: word k of a run starts at 0.4·k and lasts 0.36 s.
    private static Transcript Said(string text) => new TranscriptBuilder().Say(text).Build();

    [Fact]
    public void FindRanges_CutsFillerWordsWithSmallMarginsBetweenNeighbours()
    {
        var ranges = FillerWords.FindRanges(Said("So um I think uh this works"));

        Assert.Equal([new TimeRange(0.36, 0.8), new TimeRange(1.56, 2.0)], ranges);
    }

    [Fact]
    public void FindRanges_CutsYouKnowOnlyWhenSetOff()
    {
        var setOff = FillerWords.FindRanges(Said("it is, you know, great"));
        var question = FillerWords.FindRanges(Said("do you know him"));

        var range = Assert.Single(setOff);
        Assert.Equal(0.76, range.Start, 3);
        Assert.Equal(1.6, range.End, 3);
        Assert.Empty(question);
    }

    [Fact]
    public void FindRanges_KeepsTheLastTakeOfARepeatedPhrase()
    {
        var transcript = Said("today we will talk, sorry, today we will talk about cats");

        var range = Assert.Single(FillerWords.FindRanges(transcript));

        Assert.Equal(0, range.Start, 3);
        Assert.Equal(2.0, range.End, 3); // up to the second "today", which starts at 5 · 0.4
    }

    [Fact]
    public void FindRanges_CutsStuttersAndRetakesAcrossFillers()
    {
        var ranges = FillerWords.FindRanges(Said("I I think the plan uh the plan works"));

        Assert.Equal(2, ranges.Count);
        Assert.Equal(0, ranges[0].Start, 3);
        Assert.Equal(0.4, ranges[0].End, 3);
        Assert.Equal(1.16, ranges[1].Start, 3); // from the end of "think"
        Assert.Equal(2.4, ranges[1].End, 3); // to the second "the"
    }

    [Fact]
    public void FindRanges_WhenThreeTakes_KeepsOnlyTheThird()
    {
        var range = Assert.Single(FillerWords.FindRanges(Said("our product our product our product saves time")));

        Assert.Equal(0, range.Start, 3);
        Assert.Equal(1.6, range.End, 3); // the third "our"
    }

    [Fact]
    public void FindRanges_CutsThaiFillers()
    {
        var ranges = FillerWords.FindRanges(new TranscriptBuilder("th").Say("เอ่อ ผม คิด ว่า อ่า ดี").Build());

        Assert.Equal(2, ranges.Count);
        Assert.Equal(0, ranges[0].Start, 3);
        Assert.Equal(1.56, ranges[1].Start, 3);
    }

    [Fact]
    public void FindRanges_LeavesCleanSpeechAlone() =>
        Assert.Empty(FillerWords.FindRanges(Said("the quick brown fox jumps over the lazy dog")));
}
