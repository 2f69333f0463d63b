namespace MediaCreator.Modules.Audio.Abstractions;

/// <summary>GraphQL <c>Instrument</c>.</summary>
public enum TabInstrument
{
    Guitar,
    Bass,
    Ukulele,
}

/// <summary>GraphQL <c>TabDifficulty</c>.</summary>
public enum TabLevel
{
    Easy,
    Original,
    Advanced,
}

/// <summary>GraphQL <c>TabFormat</c>.</summary>
public enum TabOutputFormat
{
    /// <summary>ASCII tab (one line per string) with the chord names above.</summary>
    Text,

    /// <summary>Guitar Pro 5, base64 in <c>TabRecord.content</c>.</summary>
    Gp5,

    /// <summary>MusicXML 4.0 (tablature staff with string/fret), opens in MuseScore.</summary>
    MusicXml,

    /// <summary>Chord chart: the progression with a fingering diagram per chord.</summary>
    ChordChart,
}

public sealed record TabRequest(TabInstrument Instrument, TabLevel Difficulty, TabOutputFormat Format, string? Title = null);

/// <summary>A generated tab: the content in the requested format and what it holds.</summary>
/// <param name="Content">Text, MusicXML or chord chart as text; GP5 base64-encoded.</param>
/// <param name="Tuning">String pitches low to high, e.g. E2 A2 D3 G3 B3 E4.</param>
/// <param name="NoteCount">Melody notes placed on the fretboard.</param>
/// <param name="Chords">Chord symbols used, in order of first use.</param>
public sealed record TabDocument(string Content, string MimeType, IReadOnlyList<string> Tuning, int NoteCount, IReadOnlyList<string> Chords);

/// <summary>Writes tabs from an analysis' chords and a monophonic melody transcription of the audio.</summary>
public interface ITabGenerator
{
    TabDocument Generate(AudioBuffer audio, MusicAnalysisResult analysis, TabRequest request, CancellationToken ct);
}
