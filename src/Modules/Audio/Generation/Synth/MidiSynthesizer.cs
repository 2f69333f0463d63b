using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Modules.Audio.Generation.Synth;

/// <summary>
/// The built-in synthesizer: renders a <see cref="MidiFile"/> without a SoundFont. Melodic channels use a patch per
/// General MIDI family (band-limited PolyBLEP saw/square, additive partials, Karplus–Strong strings, formant voices;
/// ADSR envelope, state-variable low-pass, vibrato, detuned layers); channel 9 uses drum synthesis (kick: sine with a
/// falling pitch, snare: noise plus tone, hats and cymbals: high-passed noise, toms: swept sines). Tracks are panned
/// with constant power, mixed, and soft-limited.
/// </summary>
internal static class MidiSynthesizer
{
    /// <summary>Renders <paramref name="midi"/> to stereo PCM; the buffer ends <paramref name="tailSeconds"/> after the last note.</summary>
    public static AudioBuffer Render(MidiFile midi, int sampleRate, double tailSeconds = 1.5, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var secondsPerBeat = midi.SecondsPerBeat;
        var length = (int)Math.Ceiling((midi.LengthBeats * secondsPerBeat + tailSeconds) * sampleRate);
        var left = new float[length];
        var right = new float[length];
        var total = Math.Max(1, midi.Tracks.Sum(t => t.Notes.Count));
        var done = 0;
        var noteBuffer = new float[sampleRate * 8];
        for (var t = 0; t < midi.Tracks.Count; t++)
        {
            var track = midi.Tracks[t];
            var volume = Math.Pow(track.Volume / 127.0, 2);
            var angle = Math.Clamp(track.Pan, 0, 127) / 127.0 * Math.PI / 2;
            var (gainLeft, gainRight) = (Math.Cos(angle) * Math.Sqrt(2), Math.Sin(angle) * Math.Sqrt(2));
            var patch = Patch.For(track.Program);
            for (var n = 0; n < track.Notes.Count; n++)
            {
                if (n % 64 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Report((double)done / total);
                }
                var note = track.Notes[n];
                var start = (int)Math.Round(note.StartBeat * secondsPerBeat * sampleRate);
                var velocity = Math.Pow(note.Velocity / 127.0, 1.6);
                var seed = HashCode.Combine(t, n, note.Pitch, start);
                int rendered;
                double level;
                if (track.Channel == GeneralMidi.DrumChannel)
                {
                    rendered = Drums.Render(note.Pitch, sampleRate, ref noteBuffer, seed);
                    level = Drums.Level(note.Pitch);
                }
                else
                {
                    rendered = Voices.Render(patch, note.Pitch, note.DurationBeats * secondsPerBeat, sampleRate, ref noteBuffer, seed);
                    level = patch.Level;
                }
                var gain = (float)(volume * velocity * level);
                var count = Math.Min(rendered, length - start);
                var gl = (float)(gain * gainLeft);
                var gr = (float)(gain * gainRight);
                for (var i = 0; i < count; i++)
                {
                    left[start + i] += noteBuffer[i] * gl;
                    right[start + i] += noteBuffer[i] * gr;
                }
                done++;
            }
        }
        SoftLimit(left, right);
        progress?.Report(1);
        return new AudioBuffer(sampleRate, [left, right]);
    }

    /// <summary>
    /// Sets the mix to about -16 dBFS RMS, then bends peaks above -6 dBFS smoothly (tanh knee) so nothing exceeds
    /// -1 dBFS.
    /// </summary>
    internal static void SoftLimit(float[] left, float[] right)
    {
        double sum = 0;
        for (var i = 0; i < left.Length; i++) sum += (left[i] * left[i] + right[i] * right[i]) / 2.0;
        var rms = Math.Sqrt(sum / Math.Max(1, left.Length));
        if (rms < 1e-9) return;
        var gain = (float)(Math.Pow(10, -16 / 20.0) / rms);
        const float knee = 0.5f, ceiling = 0.89f;
        foreach (var channel in new[] { left, right })
        {
            for (var i = 0; i < channel.Length; i++)
            {
                var x = channel[i] * gain;
                var a = Math.Abs(x);
                if (a > knee) x = Math.Sign(x) * (knee + (ceiling - knee) * MathF.Tanh((a - knee) / (ceiling - knee)));
                channel[i] = x;
            }
        }
    }
}
