using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Subtitles;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

public sealed class SubtitleFormatTests
{
    [Fact]
    public void Srt_WhenWritten_HasNumberedCuesWithCommaMilliseconds()
    {
        var transcript = new TranscriptBuilder().Pause(1.5).Say("Hello there.").Pause(0.5).Say("General Kenobi!").Build();

        var srt = SubtitleWriter.Write(transcript, SubtitleFormat.Srt);

        Assert.Equal(2, srt.CueCount);
        Assert.StartsWith("1\n00:00:01,500 --> 00:00:02,300\nHello there.\n\n2\n00:00:02,800 --> ", srt.Text);
        Assert.Contains("General Kenobi!\n", srt.Text);
    }

    [Fact]
    public void Vtt_WhenWritten_HasHeaderDotMillisecondsAndEscapedMarkup()
    {
        var transcript = new TranscriptBuilder().Pause(3725.25).Say("Tom & Jerry <3 --> fun").Build();

        var vtt = SubtitleWriter.Write(transcript, SubtitleFormat.Vtt);

        Assert.StartsWith("WEBVTT\n\n01:02:05.250 --> 01:02:07.", vtt.Text);
        Assert.Contains("Tom &amp; Jerry &lt;3 -&gt; fun", vtt.Text);
    }

    [Fact]
    public void Cues_WhenSegmentIsLong_SplitAtWordTimesIntoTwoLinesOfAtMostMaxChars()
    {
        var sentence = string.Join(' ', Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "subtitle" : "words"));
        var transcript = new TranscriptBuilder().Say(sentence, 0.3).Build();
        var layout = new SubtitleLayoutOptions { MaxCharsPerLine = 32, MaxLines = 2, MaxCueSeconds = 6 };

        var cues = CueBuilder.Build(transcript, layout);

        Assert.True(cues.Count >= 5);
        Assert.All(cues, c => Assert.InRange(c.Lines.Count, 1, 2));
        Assert.All(cues, c => Assert.All(c.Lines, l => Assert.True(l.Length <= 32, l)));
        Assert.All(cues, c => Assert.True(c.End - c.Start <= 6.0001));
        Assert.Equal(40, cues.Sum(c => c.Words.Count));
        for (var i = 1; i < cues.Count; i++)
        {
            Assert.True(cues[i].Start >= cues[i - 1].End);
            Assert.Equal(cues[i].Words[0].Start, cues[i].Start, 3);
        }
    }

    [Fact]
    public void Cues_WhenAWordIsShort_AreHeldForTheMinimumUnlessTheNextCueStarts()
    {
        var transcript = new TranscriptBuilder().Say("Hi", 0.2).Pause(3).Say("Yes", 0.2).Say("No", 0.2).Build();
        var layout = new SubtitleLayoutOptions { MinCueSeconds = 1 };

        var cues = CueBuilder.Build(transcript, layout);

        Assert.Equal(1, cues[0].End - cues[0].Start, 3);
        Assert.Equal(cues[2].Start, cues[1].End, 3);
    }

    [Fact]
    public void Srt_WhenParsed_GivesSegmentsWithWordsSpreadByLength()
    {
        const string srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:03,000\r\n<i>Hello</i> wonderful\r\nworld\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,500\r\n{\\an8}Bye\r\n";

        var transcript = SubtitleParser.Parse(srt, "en");

        Assert.Equal(2, transcript.Segments.Count);
        Assert.Equal("Hello wonderful world", transcript.Segments[0].Text);
        var words = transcript.Segments[0].Words;
        Assert.Equal(["Hello", "wonderful", "world"], words.Select(w => w.Text));
        Assert.Equal(1, words[0].Start, 3);
        Assert.Equal(3, words[^1].End, 3);
        Assert.True(words[1].End - words[1].Start > words[0].End - words[0].Start);
        Assert.Equal("Bye", transcript.Segments[1].Text);
        Assert.Equal("srt", transcript.Source);
    }

    [Fact]
    public void Vtt_WhenParsed_SkipsNotesDecodesEntitiesAndReadsInlineWordTimes()
    {
        const string vtt = "WEBVTT - demo\n\nNOTE a note\n\nintro\n00:01.000 --> 00:04.000 align:start\n<v Ann>Fish &amp; <00:02.000>chips <00:03.000>now\n";

        var transcript = SubtitleParser.Parse(vtt, "en");

        var segment = Assert.Single(transcript.Segments);
        Assert.Equal("Fish & chips now", segment.Text);
        Assert.Equal(["Fish", "&", "chips", "now"], segment.Words.Select(w => w.Text));
        Assert.Equal([1, 2, 3], segment.Words.Where((_, i) => i != 1).Select(w => w.Start));
    }

    [Fact]
    public void Ass_WhenWrittenAndParsedBack_KeepsTextAndTimes()
    {
        var transcript = new TranscriptBuilder().Pause(0.5).Say("A {braced} back\\slash line").Pause(1).Say("Second line").Build();
        var ass = SubtitleWriter.Write(transcript, SubtitleFormat.Ass);

        var back = SubtitleParser.Parse(ass.Text, "en");

        Assert.Equal(SubtitleFormat.Ass, SubtitleParser.Detect(ass.Text, null));
        Assert.Equal(2, ass.CueCount);
        Assert.Equal(["A {braced} back\\slash line", "Second line"], back.Segments.Select(s => s.Text));
        Assert.Equal(0.5, back.Segments[0].Start, 2);
    }

    [Fact]
    public void Ass_KaraokeTags_BecomeWordTimes()
    {
        const string ass = "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n" +
                           "Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,{\\k50}Sing, {\\k100}a {\\k50}song\n";

        var words = SubtitleParser.Parse(ass, "en").Segments[0].Words;

        Assert.Equal(["Sing,", "a", "song"], words.Select(w => w.Text));
        Assert.Equal([1, 1.5, 2.5], words.Select(w => w.Start));
    }

    [Theory]
    [InlineData("1\n00:00:01,000 -> 00:00:02,000\nNo arrow\n", "expected a cue number")]
    [InlineData("1\n00:00:01,000 --> 00:00:xx,000\nBad\n", "not a subtitle timestamp")]
    [InlineData("1\n00:00:05,000 --> 00:00:02,000\nBackwards\n", "ends")]
    [InlineData("\n\n", "no cues")]
    public void Srt_WhenMalformed_IsInvalidInputNamingTheProblem(string srt, string message)
    {
        var e = Assert.Throws<VideoProcessingException>(() => SubtitleParser.Parse(srt, "en", SubtitleFormat.Srt));

        Assert.Equal("INVALID_INPUT", e.Code);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vtt_WithoutHeader_IsInvalidInput()
    {
        var e = Assert.Throws<VideoProcessingException>(() => SubtitleParser.Parse("00:01.000 --> 00:02.000\nHi\n", "en", SubtitleFormat.Vtt));
        Assert.Equal("INVALID_INPUT", e.Code);
    }

    [Fact]
    public void Thai_WhenWrapped_IsSplitIntoDictionaryWordsWithoutAddingSpaces()
    {
        const string thai = "สวัสดีครับวันนี้อากาศดีมากเราจะไปเที่ยวทะเลกันนะครับ";
        var transcript = new Transcript("th", [new TranscriptSegment(0, 6, thai, [])], "test");

        var cues = CueBuilder.Build(transcript, new SubtitleLayoutOptions { MaxCharsPerLine = 14 });

        var words = cues.SelectMany(c => c.Words).Select(w => w.Text).ToList();
        Assert.Contains("สวัสดี", words);
        Assert.Contains("อากาศ", words);
        Assert.Equal(thai, string.Concat(cues.SelectMany(c => c.Lines)));
        Assert.True(cues.SelectMany(c => c.Lines).Count() >= 3);
    }
}
