namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>A transcribed note: onset and offset in seconds and its MIDI pitch.</summary>
internal readonly record struct TranscribedNote(double Onset, double Offset, int Pitch)
{
    public double Duration => Offset - Onset;
}

/// <summary>
/// Turns a YIN pitch track into notes: median smoothing of the pitch (and of the voicing decision), a new note where
/// the rounded pitch moves by a semitone or more and stays there, where voicing starts, or where the level jumps
/// (a re-attacked note of the same pitch); onsets snapped to the level jump when one is close; notes shorter than
/// <see cref="MinNoteSeconds"/> are dropped (or merged into a neighbour of the same pitch).
/// </summary>
internal sealed class NoteSegmenter
{
    /// <summary>Median filter length in frames (odd).</summary>
    public int MedianFrames { get; init; } = 5;

    /// <summary>Frames a new pitch must persist to start a note.</summary>
    public int ChangeFrames { get; init; } = 3;

    public double MinNoteSeconds { get; init; } = 0.06;

    /// <summary>Level rise (dB over two hops) that counts as an attack.</summary>
    public double OnsetRiseDb { get; init; } = 6;

    /// <summary>How far (seconds) a pitch-change onset may move to a nearby attack.</summary>
    public double SnapSeconds { get; init; } = 0.06;

    public IReadOnlyList<TranscribedNote> Segment(PitchTrack track)
    {
        var frames = track.Frames;
        var n = frames.Count;
        if (n == 0) return [];
        var hop = track.HopSeconds;

        // Voicing: majority over three frames; pitch: median of the voiced frames in the window.
        var voiced = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var count = 0;
            for (var j = Math.Max(0, i - 1); j <= Math.Min(n - 1, i + 1); j++) count += frames[j].Voiced ? 1 : 0;
            var edge = i == 0 || i == n - 1;
            voiced[i] = edge ? frames[i].Voiced : frames[i].Voiced ? count >= 2 : count == 3;
        }
        var midi = new double[n];
        var half = MedianFrames / 2;
        var buffer = new List<double>(MedianFrames);
        for (var i = 0; i < n; i++)
        {
            midi[i] = double.NaN;
            if (!voiced[i]) continue;
            buffer.Clear();
            for (var j = Math.Max(0, i - half); j <= Math.Min(n - 1, i + half); j++)
                if (frames[j].Voiced) buffer.Add(frames[j].Midi);
            if (buffer.Count == 0) { voiced[i] = false; continue; }
            buffer.Sort();
            midi[i] = buffer[buffer.Count / 2];
        }

        var attacks = Attacks(frames);
        var attackSet = attacks.ToHashSet();
        var minFrames = Math.Max(1, (int)Math.Round(MinNoteSeconds / hop));
        var segments = new List<(int Start, int End)>();
        var startFrame = -1;
        var pitches = new List<double>();
        for (var i = 0; i <= n; i++)
        {
            if (i == n || !voiced[i])
            {
                Close(i);
                continue;
            }
            if (startFrame < 0)
            {
                startFrame = i;
                pitches.Clear();
                pitches.Add(midi[i]);
                continue;
            }
            var current = Math.Round(Median(pitches));
            if (Math.Abs(Math.Round(midi[i]) - current) >= 1 && Persists(i, current))
            {
                Close(i);
                startFrame = i;
                pitches.Clear();
                pitches.Add(midi[i]);
                continue;
            }
            if (attackSet.Contains(i) && i - startFrame >= minFrames)
            {
                Close(i);
                startFrame = i;
                pitches.Clear();
            }
            pitches.Add(midi[i]);
        }

        var notes = new List<TranscribedNote>();
        foreach (var (start, end) in segments)
        {
            var values = Enumerable.Range(start, end - start).Where(i => !double.IsNaN(midi[i])).Select(i => midi[i]).ToList();
            if (values.Count == 0) continue;
            var pitch = (int)Math.Round(Median(values));
            var onset = frames[start].Time;
            // Snap to the strongest attack near the pitch change.
            var near = attacks.Where(a => Math.Abs(frames[a].Time - onset) <= SnapSeconds).ToList();
            if (near.Count > 0) onset = frames[near.MinBy(a => Math.Abs(frames[a].Time - onset))].Time;
            var offset = frames[end - 1].Time + hop;
            if (end - start < minFrames)
            {
                // Too short: part of the previous note when it has the same pitch and touches it, else noise.
                if (notes.Count > 0 && notes[^1].Pitch == pitch && onset - notes[^1].Offset < 2 * hop)
                    notes[^1] = notes[^1] with { Offset = offset };
                continue;
            }
            if (notes.Count > 0 && notes[^1].Offset > onset) notes[^1] = notes[^1] with { Offset = onset };
            notes.Add(new TranscribedNote(onset, offset, pitch));
        }
        return notes;

        bool Persists(int i, double current)
        {
            var target = Math.Round(midi[i]);
            for (var j = i; j < Math.Min(n, i + ChangeFrames); j++)
                if (!voiced[j] || Math.Round(midi[j]) != target) return false;
            return true;
        }

        void Close(int end)
        {
            if (startFrame >= 0 && end > startFrame) segments.Add((startFrame, end));
            startFrame = -1;
        }
    }

    /// <summary>Attacks: where the level rises by <see cref="OnsetRiseDb"/> over two hops (peak-picked over ±3 frames),
    /// dated at the level minimum just before the rise.</summary>
    internal List<int> Attacks(IReadOnlyList<PitchFrame> frames)
    {
        var n = frames.Count;
        var db = frames.Select(f => 20 * Math.Log10(f.Rms + 1e-9)).ToArray();
        var loud = db.OrderBy(v => v).ElementAtOrDefault((int)(n * 0.95));
        var rise = new double[n];
        for (var i = 2; i < n; i++) rise[i] = db[i] > loud - 40 ? db[i] - db[i - 2] : 0;
        var attacks = new List<int>();
        for (var i = 2; i < n; i++)
        {
            if (rise[i] < OnsetRiseDb) continue;
            var isPeak = true;
            for (var j = Math.Max(0, i - 3); j <= Math.Min(n - 1, i + 3) && isPeak; j++)
                if (j != i && (rise[j] > rise[i] || (rise[j] == rise[i] && j < i))) isPeak = false;
            if (!isPeak) continue;
            // The attack begins where the level stops falling, a few frames before the steepest rise.
            var start = i;
            while (start > 0 && i - start < 5 && db[start - 1] < db[start]) start--;
            if (attacks.Count == 0 || attacks[^1] < start) attacks.Add(start);
        }
        return attacks;
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <summary>Monophonic melody transcription: mono downmix → YIN pitch track → notes.</summary>
internal static class MelodyTranscriber
{
    /// <summary>Notes between <paramref name="minHz"/> and <paramref name="maxHz"/> in <paramref name="audio"/>.</summary>
    public static IReadOnlyList<TranscribedNote> Transcribe(Abstractions.AudioBuffer audio, double minHz, double maxHz, CancellationToken ct = default)
    {
        var track = new YinPitchTracker(minHz, maxHz).Track(audio.Mono(), audio.SampleRate, ct);
        return new NoteSegmenter().Segment(track);
    }

    /// <summary>The search range for an instrument: a tone under its lowest open string to a tone over its top fret.</summary>
    public static (double MinHz, double MaxHz) Range(Fretboard board) =>
        (MidiToHz(board.LowestPitch - 2), MidiToHz(board.HighestPitch + 2));

    public static double MidiToHz(double midi) => 440.0 * Math.Pow(2, (midi - 69) / 12.0);
}
