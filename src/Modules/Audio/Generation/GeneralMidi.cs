namespace MediaCreator.Modules.Audio.Generation;

/// <summary>General MIDI program names (0-based programs) and the lookup of instrument names or families.</summary>
internal static class GeneralMidi
{
    public const int DrumChannel = 9;

    public static readonly string[] Names =
    [
        "Acoustic Grand Piano", "Bright Acoustic Piano", "Electric Grand Piano", "Honky-tonk Piano", "Electric Piano 1", "Electric Piano 2", "Harpsichord", "Clavinet",
        "Celesta", "Glockenspiel", "Music Box", "Vibraphone", "Marimba", "Xylophone", "Tubular Bells", "Dulcimer",
        "Drawbar Organ", "Percussive Organ", "Rock Organ", "Church Organ", "Reed Organ", "Accordion", "Harmonica", "Tango Accordion",
        "Acoustic Guitar (nylon)", "Acoustic Guitar (steel)", "Electric Guitar (jazz)", "Electric Guitar (clean)", "Electric Guitar (muted)", "Overdriven Guitar", "Distortion Guitar", "Guitar Harmonics",
        "Acoustic Bass", "Electric Bass (finger)", "Electric Bass (pick)", "Fretless Bass", "Slap Bass 1", "Slap Bass 2", "Synth Bass 1", "Synth Bass 2",
        "Violin", "Viola", "Cello", "Contrabass", "Tremolo Strings", "Pizzicato Strings", "Orchestral Harp", "Timpani",
        "String Ensemble 1", "String Ensemble 2", "Synth Strings 1", "Synth Strings 2", "Choir Aahs", "Voice Oohs", "Synth Voice", "Orchestra Hit",
        "Trumpet", "Trombone", "Tuba", "Muted Trumpet", "French Horn", "Brass Section", "Synth Brass 1", "Synth Brass 2",
        "Soprano Sax", "Alto Sax", "Tenor Sax", "Baritone Sax", "Oboe", "English Horn", "Bassoon", "Clarinet",
        "Piccolo", "Flute", "Recorder", "Pan Flute", "Blown Bottle", "Shakuhachi", "Whistle", "Ocarina",
        "Lead 1 (square)", "Lead 2 (sawtooth)", "Lead 3 (calliope)", "Lead 4 (chiff)", "Lead 5 (charang)", "Lead 6 (voice)", "Lead 7 (fifths)", "Lead 8 (bass + lead)",
        "Pad 1 (new age)", "Pad 2 (warm)", "Pad 3 (polysynth)", "Pad 4 (choir)", "Pad 5 (bowed)", "Pad 6 (metallic)", "Pad 7 (halo)", "Pad 8 (sweep)",
        "FX 1 (rain)", "FX 2 (soundtrack)", "FX 3 (crystal)", "FX 4 (atmosphere)", "FX 5 (brightness)", "FX 6 (goblins)", "FX 7 (echoes)", "FX 8 (sci-fi)",
        "Sitar", "Banjo", "Shamisen", "Koto", "Kalimba", "Bagpipe", "Fiddle", "Shanai",
        "Tinkle Bell", "Agogo", "Steel Drums", "Woodblock", "Taiko Drum", "Melodic Tom", "Synth Drum", "Reverse Cymbal",
        "Guitar Fret Noise", "Breath Noise", "Seashore", "Bird Tweet", "Telephone Ring", "Helicopter", "Applause", "Gunshot",
    ];

    /// <summary>Common words for instruments and families, mapped to a representative program.</summary>
    private static readonly (string Word, int Program)[] Families =
    [
        ("grand piano", 0), ("electric piano", 4), ("rhodes", 4), ("keys", 4), ("piano", 0), ("harpsichord", 6), ("clav", 7),
        ("celesta", 8), ("glockenspiel", 9), ("music box", 10), ("vibraphone", 11), ("vibes", 11), ("marimba", 12), ("xylophone", 13), ("bells", 14),
        ("church organ", 19), ("organ", 16), ("accordion", 21), ("harmonica", 22),
        ("nylon guitar", 24), ("classical guitar", 24), ("acoustic guitar", 25), ("jazz guitar", 26), ("electric guitar", 27),
        ("distorted guitar", 30), ("distortion guitar", 30), ("overdriven guitar", 29), ("guitar", 25),
        ("upright bass", 32), ("double bass", 32), ("acoustic bass", 32), ("synth bass", 38), ("808", 38), ("slap bass", 36), ("fretless", 35), ("electric bass", 33), ("bass", 33),
        ("violin", 40), ("fiddle", 110), ("viola", 41), ("cello", 42), ("contrabass", 43), ("pizzicato", 45), ("harp", 46), ("timpani", 47),
        ("synth strings", 50), ("strings", 48), ("string", 48), ("orchestra", 48), ("choir", 52), ("voice", 53), ("vocal", 53),
        ("trumpet", 56), ("trombone", 57), ("tuba", 58), ("french horn", 60), ("horn", 60), ("synth brass", 62), ("brass", 61),
        ("soprano sax", 64), ("alto sax", 65), ("tenor sax", 66), ("baritone sax", 67), ("saxophone", 65), ("sax", 65),
        ("oboe", 68), ("bassoon", 70), ("clarinet", 71), ("piccolo", 72), ("flute", 73), ("recorder", 74), ("pan flute", 75), ("whistle", 78), ("ocarina", 79),
        ("square lead", 80), ("saw lead", 81), ("synth lead", 81), ("lead", 81), ("synth", 81),
        ("warm pad", 89), ("pad", 88), ("atmosphere", 99), ("sitar", 104), ("banjo", 105), ("koto", 107), ("kalimba", 108), ("bagpipe", 109),
        ("steel drum", 114), ("taiko", 116),
    ];

    private static readonly string[] DrumWords = ["drum", "drums", "drum kit", "percussion", "beat", "beats"];

    public static string Name(int program) => Names[Math.Clamp(program, 0, 127)];

    /// <summary>Bass programs (32–39) play the bass part.</summary>
    public static bool IsBass(int program) => program is >= 32 and <= 39 || program == 43;

    public static bool IsDrumWord(string text) => DrumWords.Contains(text.Trim().ToLowerInvariant());

    /// <summary>The program of a GM name ("Tenor Sax") or family word ("strings"), or null.</summary>
    public static int? Find(string text)
    {
        var wanted = text.Trim().ToLowerInvariant();
        if (wanted.Length == 0) return null;
        var exact = Array.FindIndex(Names, n => n.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        if (exact >= 0) return exact;
        foreach (var (word, program) in Families)
            if (wanted.Contains(word, StringComparison.Ordinal)) return program;
        var partial = Array.FindIndex(Names, n => n.Contains(wanted, StringComparison.OrdinalIgnoreCase));
        return partial >= 0 ? partial : null;
    }
}
