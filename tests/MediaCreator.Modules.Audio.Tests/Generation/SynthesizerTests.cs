using MediaCreator.Modules.Audio.Dsp;
using MediaCreator.Modules.Audio.Generation.Synth;
using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Modules.Audio.Tests.Generation;

/// <summary>The built-in synthesizer's voices sound at the MIDI pitch, its drums where drums sound, and its mix stays under full scale.</summary>
public sealed class SynthesizerTests
{
    private const int Rate = 22050;

    /// <summary>Frequency of the strongest spectral peak between <paramref name="low"/> and <paramref name="high"/> Hz (parabolic interpolation).</summary>
    private static double PeakFrequency(float[] samples, double low, double high)
    {
        // The frame centred at 8192 covers the first 16384 samples (0.74 s) of the note.
        var stft = new Stft(16384, 8192);
        var frame = stft.Magnitudes(samples.AsSpan(0, 16384))[1];
        var bins = Enumerable.Range(1, frame.Length - 2).Where(b => stft.BinFrequency(b, Rate) >= low && stft.BinFrequency(b, Rate) <= high);
        var peak = bins.MaxBy(b => frame[b]);
        double a = frame[peak - 1], b0 = frame[peak], c = frame[peak + 1];
        var offset = 0.5 * (a - c) / (a - 2 * b0 + c);
        return stft.BinFrequency(peak, Rate) + offset * Rate / 16384.0;
    }

    [Theory]
    [InlineData(0, "piano (additive partials)")]
    [InlineData(25, "steel guitar (Karplus-Strong)")]
    [InlineData(33, "finger bass (Karplus-Strong)")]
    [InlineData(48, "strings (detuned PolyBLEP saws)")]
    [InlineData(53, "voice oohs (formants)")]
    [InlineData(73, "flute (triangle)")]
    [InlineData(80, "square lead (PolyBLEP)")]
    public void Every_family_sounds_at_the_MIDI_pitch(int program, string what)
    {
        foreach (var pitch in new[] { 45, 57, 69 })
        {
            var buffer = new float[1];
            var count = Voices.Render(Patch.For(program), pitch, 1.5, Rate, ref buffer, 3);
            var expected = 440 * Math.Pow(2, (pitch - 69) / 12.0);
            var found = PeakFrequency(buffer[..count], expected * 0.8, expected * 1.2);
            // Within 10 cents.
            Assert.True(Math.Abs(1200 * Math.Log2(found / expected)) < 10, $"{what} MIDI {pitch}: {found:0.0} Hz, expected {expected:0.0} Hz");
        }
    }

    [Fact]
    public void Kick_energy_is_low_hats_energy_is_high_and_a_full_mix_stays_below_full_scale()
    {
        double Centroid(int note)
        {
            var buffer = new float[1];
            var count = Drums.Render(note, Rate, ref buffer, 1);
            var stft = new Stft(4096, 2048);
            var frame = stft.Magnitudes(buffer.AsSpan(0, 4096))[1];
            double weighted = 0, total = 0;
            for (var b = 1; b < frame.Length; b++)
            {
                weighted += stft.BinFrequency(b, Rate) * frame[b] * frame[b];
                total += frame[b] * frame[b];
            }
            return weighted / total;
        }
        Assert.InRange(Centroid(36), 30, 400);
        Assert.InRange(Centroid(42), 4000, 11025);
        Assert.True(Centroid(38) > Centroid(36) && Centroid(42) > Centroid(38));

        var midi = new MidiFile(120);
        var drums = midi.AddTrack("Drums", 9, 0);
        var piano = midi.AddTrack("Piano", 0, 0);
        for (var beat = 0; beat < 8; beat++)
        {
            drums.Add(beat, 0.25, 36, 127).Add(beat, 0.25, 42, 127);
            foreach (var p in new[] { 48, 52, 55, 60, 64, 67 }) piano.Add(beat, 1, p, 127);
        }
        var audio = MidiSynthesizer.Render(midi, Rate);
        Assert.InRange(audio.Peak(), 0.3, 0.9);
        Assert.InRange(audio.DurationSeconds, 4, 6);
    }
}
