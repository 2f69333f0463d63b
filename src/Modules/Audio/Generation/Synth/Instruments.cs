namespace MediaCreator.Modules.Audio.Generation.Synth;

/// <summary>The oscillator families the built-in synthesizer has.</summary>
internal enum Waveform
{
    Sine,
    Triangle,
    Saw,
    Square,

    /// <summary>Decaying additive partials (pianos, mallets, bells).</summary>
    Partials,

    /// <summary>Karplus–Strong plucked string (guitars, harps, plucked basses).</summary>
    Pluck,

    /// <summary>Harmonics weighted by vowel formants ("oo"): voices and choirs.</summary>
    Formant,
}

/// <summary>A General MIDI family's patch: oscillator, ADSR, low-pass, vibrato, detuned layers and level.</summary>
internal sealed record Patch(
    Waveform Wave,
    double Attack,
    double Decay,
    double Sustain,
    double Release,
    double CutoffHarmonics,
    double Vibrato,
    int Layers,
    double Drive,
    double Level,
    double PartialDecay = 1.0)
{
    /// <summary>The patch of a GM program (0-based), by family of eight.</summary>
    public static Patch For(int program) => (program / 8) switch
    {
        0 => program is 4 or 5
            ? new Patch(Waveform.Partials, 0.004, 1.6, 0.0, 0.25, 0, 0, 1, 0, 0.55, 0.45) // electric piano: mellower, fewer partials
            : new Patch(Waveform.Partials, 0.003, 2.2, 0.0, 0.3, 0, 0, 1, 0, 0.6, 1.0),
        1 => new Patch(Waveform.Partials, 0.002, 0.9, 0.0, 0.4, 0, 0, 1, 0, 0.5, 0.3),
        2 => new Patch(Waveform.Square, 0.01, 0.1, 0.85, 0.08, 8, 0, 2, 0, 0.25),
        3 => program is 29 or 30
            ? new Patch(Waveform.Pluck, 0.002, 3.0, 0.0, 0.12, 0, 0, 1, 4.0, 0.3)
            : new Patch(Waveform.Pluck, 0.002, 2.5, 0.0, 0.15, 0, 0, 1, 0, 0.55),
        4 => program is 38 or 39
            ? new Patch(Waveform.Saw, 0.005, 0.35, 0.6, 0.06, 6, 0, 1, 0, 0.55)
            : new Patch(Waveform.Pluck, 0.003, 2.0, 0.0, 0.08, 0, 0, 1, 0, 0.8),
        5 => program is 45 or 46
            ? new Patch(Waveform.Pluck, 0.002, 1.8, 0.0, 0.3, 0, 0, 1, 0, 0.5)
            : new Patch(Waveform.Saw, 0.12, 0.3, 0.85, 0.35, 10, 0.004, 3, 0, 0.22),
        6 => new Patch(Waveform.Saw, 0.15, 0.3, 0.85, 0.4, 8, 0.004, 3, 0, 0.2),
        7 => new Patch(Waveform.Saw, 0.02, 0.25, 0.7, 0.12, 4, 0.003, 2, 0, 0.25),
        8 => new Patch(Waveform.Square, 0.03, 0.2, 0.8, 0.12, 6, 0.005, 1, 0, 0.25),
        9 => new Patch(Waveform.Triangle, 0.04, 0.2, 0.85, 0.15, 0, 0.006, 1, 0, 0.45),
        10 => program switch
        {
            80 => new Patch(Waveform.Square, 0.01, 0.2, 0.75, 0.1, 10, 0.004, 1, 0, 0.2),
            85 => new Patch(Waveform.Formant, 0.05, 0.2, 0.85, 0.2, 0, 0.006, 2, 0, 0.35),
            _ => new Patch(Waveform.Saw, 0.01, 0.2, 0.75, 0.12, 12, 0.004, 2, 0, 0.18),
        },
        11 => new Patch(Waveform.Saw, 0.5, 0.5, 0.8, 0.8, 5, 0.002, 3, 0, 0.16),
        _ => new Patch(Waveform.Triangle, 0.01, 0.5, 0.5, 0.2, 0, 0, 1, 0, 0.4),
    } switch
    {
        // Voices and choirs (52–54) sit in the ensemble family but sing through formants.
        _ when program is 52 or 53 or 54 => new Patch(Waveform.Formant, 0.08, 0.3, 0.85, 0.3, 0, 0.006, 2, 0, 0.4),
        var p => p,
    };
}
