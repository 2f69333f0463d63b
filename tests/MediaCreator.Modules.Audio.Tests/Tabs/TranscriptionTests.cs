using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Tabs;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Tabs;

/// <summary>YIN + note segmentation against melodies rendered from MIDI with known notes.</summary>
[Collection(MelodyClipsCollection.Name)]
public sealed class TranscriptionTests(MelodyClips clips, ITestOutputHelper output)
{
    [Theory]
    [InlineData("guitar", TabInstrument.Guitar)]
    [InlineData("bass", TabInstrument.Bass)]
    [InlineData("flute", TabInstrument.Guitar)]
    public void Transcription_recovers_the_rendered_notes(string which, TabInstrument instrument)
    {
        var clip = which switch { "guitar" => clips.Guitar, "bass" => clips.Bass, _ => clips.Flute };
        var (minHz, maxHz) = instrument == TabInstrument.Guitar && which == "flute"
            ? (200.0, 2000.0)
            : MelodyTranscriber.Range(Fretboard.For(instrument));

        var notes = MelodyTranscriber.Transcribe(clip.Audio, minHz, maxHz);

        var score = Score(clip, notes);
        output.WriteLine($"{clip.Name}: {clip.Notes.Count} notes, {notes.Count} transcribed; onset within 60 ms {score.Onsets}/{clip.Notes.Count}, " +
                         $"right pitch and onset {score.Right}/{clip.Notes.Count} ({100.0 * score.Right / clip.Notes.Count:F0}%), " +
                         $"mean |onset error| {score.MeanOnsetErrorMs:F1} ms, extra notes {score.Extra}");
        foreach (var n in notes) output.WriteLine($"  {n.Onset:F3}-{n.Offset:F3} {n.Pitch}");
        Assert.True(score.Right >= 0.9 * clip.Notes.Count, $"{score.Right}/{clip.Notes.Count} notes right");
        Assert.True(score.Extra <= 0.1 * clip.Notes.Count, $"{score.Extra} spurious notes");
    }

    internal static (int Onsets, int Right, int Extra, double MeanOnsetErrorMs) Score(MelodyClip clip, IReadOnlyList<TranscribedNote> notes)
    {
        var used = new HashSet<int>();
        int onsets = 0, right = 0;
        var errors = new List<double>();
        foreach (var truth in clip.Notes)
        {
            var start = clip.Seconds(truth.StartBeat);
            var match = Enumerable.Range(0, notes.Count)
                .Where(i => !used.Contains(i) && Math.Abs(notes[i].Onset - start) <= 0.06)
                .OrderBy(i => Math.Abs(notes[i].Onset - start))
                .Cast<int?>().FirstOrDefault();
            if (match is null) continue;
            used.Add(match.Value);
            onsets++;
            errors.Add(Math.Abs(notes[match.Value].Onset - start) * 1000);
            if (notes[match.Value].Pitch == truth.Pitch) right++;
        }
        return (onsets, right, notes.Count - used.Count, errors.DefaultIfEmpty(0).Average());
    }
}
