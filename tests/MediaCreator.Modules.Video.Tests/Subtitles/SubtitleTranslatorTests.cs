using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Subtitles;
using Microsoft.Extensions.AI;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

public sealed class SubtitleTranslatorTests
{
    private static readonly Transcript English = new TranscriptBuilder().Say("good morning").Pause(1).Say("how are you").Pause(0.5).Say("see you soon").Build();

    [Fact]
    public async Task Translate_KeepsEachSegmentsTimingAndReplacesItsText()
    {
        var chat = new ScriptedChatClient(ScriptedChatClient.UpperCaseJson);

        var result = await new SubtitleTranslator(chat).TranslateAsync(English, "th", null, CancellationToken.None);

        Assert.Equal("th", result.Language);
        Assert.Equal(["GOOD MORNING", "HOW ARE YOU", "SEE YOU SOON"], result.Segments.Select(s => s.Text));
        Assert.Equal(English.Segments.Select(s => (s.Start, s.End)), result.Segments.Select(s => (s.Start, s.End)));
        Assert.Equal(English.Segments[1].Start, result.Segments[1].Words[0].Start);
        Assert.Equal(English.Segments[1].End, result.Segments[1].Words[^1].End);
        var single = Assert.Single(chat.Calls);
        Assert.Contains("into th", single[0].Text, StringComparison.Ordinal);
        Assert.Equal("1: good morning\n2: how are you\n3: see you soon\n", single[1].Text);
    }

    [Fact]
    public async Task Translate_WhenTranscriptIsLong_SendsItInChunksNumberedFromOne()
    {
        var chat = new ScriptedChatClient(ScriptedChatClient.UpperCaseJson);

        var result = await new SubtitleTranslator(chat, new SubtitleTranslatorOptions { MaxLinesPerRequest = 2 }).TranslateAsync(English, "fr", null, CancellationToken.None);

        Assert.Equal(2, chat.Calls.Count);
        Assert.Equal("1: see you soon\n", chat.Calls[1][1].Text);
        Assert.Equal("SEE YOU SOON", result.Segments[2].Text);
    }

    [Fact]
    public async Task Translate_WhenFirstAnswerIsMalformed_AsksAgainWithTheReason()
    {
        var chat = new ScriptedChatClient(_ => "1: BONJOUR\n2: ÇA VA", _ => "1. BONJOUR\n2. ÇA VA ?\n3. À BIENTÔT");

        var result = await new SubtitleTranslator(chat).TranslateAsync(English, "fr", null, CancellationToken.None);

        Assert.Equal(["BONJOUR", "ÇA VA ?", "À BIENTÔT"], result.Segments.Select(s => s.Text));
        Assert.Equal(2, chat.Calls.Count);
        Assert.Contains("2 lines came back for 3", chat.Calls[1][^1].Text, StringComparison.Ordinal);
        Assert.Equal(ChatRole.Assistant, chat.Calls[1][^2].Role);
    }

    [Fact]
    public async Task Translate_WhenAnswersStayMalformed_IsProviderError()
    {
        var chat = new ScriptedChatClient(_ => """[{"n": 1, "text": "a"}, {"n": 3, "text": "b"}, {"n": 2, "text": "c"}]""");

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => new SubtitleTranslator(chat).TranslateAsync(English, "de", null, CancellationToken.None));

        Assert.Equal("PROVIDER_ERROR", e.Code);
        Assert.Contains("item 2 is numbered 3", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, chat.Calls.Count);
    }
}
