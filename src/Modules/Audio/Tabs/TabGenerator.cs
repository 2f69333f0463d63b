using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>
/// The built-in tab generator (<c>music.tab</c>): transcribes the monophonic melody of the audio (YIN pitch tracking,
/// note segmentation, quantisation to the analysis' beat grid), places it on the instrument's fretboard for
/// playability (Viterbi over hand positions) and arranges it with the analysis' chords:
/// <list type="bullet">
/// <item><description>Easy: simplified open chords (bass: roots) at each chord change and bar; the melody only when the
/// analysis has no chords; open position preferred.</description></item>
/// <item><description>Original: the melody with the chord names above it.</description></item>
/// <item><description>Advanced: the melody with each chord's voicing (barre shapes allowed) under it at the changes.</description></item>
/// </list>
/// Formats: ASCII tab, MusicXML 4.0 with a TAB staff, a chord chart with fingering diagrams, and Guitar Pro 5.00
/// (base64 of the binary file).
/// The analysis' tempo counts the meter's beat unit (quarters in 4/4, eighths in 6/8); its first tracked beat starts bar 1.
/// </summary>
public sealed class TabGenerator : ITabGenerator
{
    public TabDocument Generate(AudioBuffer audio, MusicAnalysisResult analysis, TabRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Instrument)) throw new AudioProcessingException("INVALID_INPUT", $"Unknown instrument {request.Instrument}.");
        if (!Enum.IsDefined(request.Difficulty)) throw new AudioProcessingException("INVALID_INPUT", $"Unknown difficulty {request.Difficulty}.");
        if (!Enum.IsDefined(request.Format)) throw new AudioProcessingException("INVALID_INPUT", $"Unknown format {request.Format}.");
        ct.ThrowIfCancellationRequested();

        var board = Fretboard.For(request.Instrument);
        var hasChords = analysis.Chords.Any(c => ChordSymbol.Parse(c.Chord) is not null);
        // Easy arrangements play the chords; the melody is only needed when there are none.
        IReadOnlyList<TranscribedNote> melody = [];
        if (request.Difficulty != TabLevel.Easy || !hasChords)
        {
            var (minHz, maxHz) = MelodyTranscriber.Range(board);
            // An octave above the top fret too: a melody played higher (flute, voice) is folded onto the neck.
            melody = audio.Length == 0 ? [] : MelodyTranscriber.Transcribe(audio, minHz, maxHz * 2, ct);
        }
        ct.ThrowIfCancellationRequested();

        var title = string.IsNullOrWhiteSpace(request.Title) ? "Untitled" : request.Title.Trim();
        var score = TabArranger.Arrange(board, request.Difficulty, title, analysis, melody);
        var content = request.Format switch
        {
            TabOutputFormat.MusicXml => MusicXmlTabWriter.Write(score),
            TabOutputFormat.ChordChart => ChordChartWriter.Write(score),
            TabOutputFormat.Gp5 => Convert.ToBase64String(Gp5TabWriter.Write(score)),
            _ => TextTabWriter.Write(score),
        };
        return new TabDocument(
            content,
            MimeType(request.Format),
            board.TuningNames,
            score.Events.Count(e => e.Melody),
            score.Shapes.Select(s => s.Chord.Text).ToList());
    }

    /// <summary>The MIME type of a tab format.</summary>
    public static string MimeType(TabOutputFormat format) => format switch
    {
        TabOutputFormat.MusicXml => "application/vnd.recordare.musicxml+xml",
        TabOutputFormat.Gp5 => "application/x-guitar-pro",
        _ => "text/plain",
    };
}
