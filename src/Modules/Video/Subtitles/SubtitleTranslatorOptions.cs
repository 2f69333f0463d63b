namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>How transcripts are sent to the LLM for translation (bound from <c>Video:SubtitleTranslator</c>).</summary>
public sealed class SubtitleTranslatorOptions
{
    /// <summary>At most this many segments per request; longer transcripts go in several requests.</summary>
    public int MaxLinesPerRequest { get; set; } = 40;

    /// <summary>And at most about this many characters of source text per request.</summary>
    public int MaxCharsPerRequest { get; set; } = 4000;
}
