namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>Chord qualities the shape library and MusicXML <c>&lt;kind&gt;</c> know.</summary>
internal enum ChordQuality
{
    Major,
    Minor,
    Dominant7,
    Major7,
    Minor7,
    Diminished,
    Augmented,
    Sus2,
    Sus4,
    Power,
}

/// <summary>A parsed chord symbol ("C", "Am", "F#m7", "Bb/D"): root pitch class, quality and optional bass.</summary>
internal sealed record ChordSymbol(string Text, int Root, ChordQuality Quality, int? Bass)
{
    /// <summary>Intervals above the root, root first.</summary>
    public int[] Intervals => Quality switch
    {
        ChordQuality.Major => [0, 4, 7],
        ChordQuality.Minor => [0, 3, 7],
        ChordQuality.Dominant7 => [0, 4, 7, 10],
        ChordQuality.Major7 => [0, 4, 7, 11],
        ChordQuality.Minor7 => [0, 3, 7, 10],
        ChordQuality.Diminished => [0, 3, 6],
        ChordQuality.Augmented => [0, 4, 8],
        ChordQuality.Sus2 => [0, 2, 7],
        ChordQuality.Sus4 => [0, 5, 7],
        ChordQuality.Power => [0, 7],
        _ => [0, 4, 7],
    };

    public IReadOnlySet<int> PitchClasses => Intervals.Select(i => PitchNames.Mod12(Root + i)).ToHashSet();

    /// <summary>The triad (or power chord) an easy arrangement plays instead of sevenths and suspensions.</summary>
    public ChordSymbol Simplified() => Quality switch
    {
        ChordQuality.Dominant7 or ChordQuality.Major7 or ChordQuality.Sus2 or ChordQuality.Sus4 or ChordQuality.Augmented =>
            this with { Quality = ChordQuality.Major, Bass = null, Text = PitchNames.PitchClassName(Root) },
        ChordQuality.Minor7 or ChordQuality.Diminished =>
            this with { Quality = ChordQuality.Minor, Bass = null, Text = PitchNames.PitchClassName(Root) + "m" },
        _ => this with { Bass = null, Text = PitchNames.PitchClassName(Root) + (Quality == ChordQuality.Minor ? "m" : Quality == ChordQuality.Power ? "5" : "") },
    };

    /// <summary>Parses a symbol; null for "N" (no chord) or text that is not a chord.</summary>
    public static ChordSymbol? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (text is "N" or "N.C." or "NC" or "X") return null;
        var slash = text.IndexOf('/');
        var main = slash > 0 ? text[..slash] : text;
        int? bass = slash > 0 ? PitchNames.ParsePitchClass(text[(slash + 1)..], out _) : null;
        // Harte notation from analysers ("C:maj", "A:min") as well as lead-sheet symbols.
        main = main.Replace(":", "", StringComparison.Ordinal);
        var root = PitchNames.ParsePitchClass(main, out var consumed);
        if (root is null) return null;
        var suffix = main[consumed..];
        var quality = suffix switch
        {
            "" or "maj" or "M" => ChordQuality.Major,
            "m" or "min" or "-" => ChordQuality.Minor,
            "7" or "dom7" => ChordQuality.Dominant7,
            "maj7" or "M7" or "Δ" or "Δ7" => ChordQuality.Major7,
            "m7" or "min7" or "-7" => ChordQuality.Minor7,
            "dim" or "o" or "°" or "dim7" or "m7b5" or "hdim7" => ChordQuality.Diminished,
            "aug" or "+" => ChordQuality.Augmented,
            "sus2" => ChordQuality.Sus2,
            "sus4" or "sus" => ChordQuality.Sus4,
            "5" => ChordQuality.Power,
            _ when suffix.StartsWith("maj", StringComparison.Ordinal) => ChordQuality.Major7,
            _ when suffix.StartsWith("min", StringComparison.Ordinal) || (suffix.StartsWith('m') && !suffix.StartsWith("maj", StringComparison.Ordinal)) => ChordQuality.Minor,
            _ when suffix.StartsWith('7') || suffix.StartsWith('9') || suffix.StartsWith("13", StringComparison.Ordinal) => ChordQuality.Dominant7,
            _ => ChordQuality.Major,
        };
        return new ChordSymbol(text, root.Value, quality, bass);
    }
}
