namespace MediaCreator.Modules.Audio.Generation.Synth;

/// <summary>
/// Drum synthesis for GM channel 9: kick = sine whose pitch falls from ~160 to ~50 Hz plus a click; snare = high-passed
/// noise plus a 185 Hz tone; hats, cymbals, tambourine and shaker = high-passed noise with short or long decays; toms =
/// swept sines; clap = three noise bursts.
/// </summary>
internal static class Drums
{
    public static double Level(int note) => note switch
    {
        35 or 36 => 1.0,
        38 or 40 or 39 => 0.7,
        37 => 0.45,
        42 or 44 => 0.22,
        46 => 0.14,
        49 or 57 or 52 or 55 => 0.25,
        51 or 59 or 53 => 0.2,
        54 or 70 or 69 => 0.18,
        >= 41 and <= 50 => 0.65,
        _ => 0.3,
    };

    /// <summary>Writes the hit into <paramref name="buffer"/> (grown when short) and returns its length in samples.</summary>
    public static int Render(int note, int sampleRate, ref float[] buffer, int seed)
    {
        var seconds = note switch
        {
            49 or 57 or 52 or 55 => 1.6,
            51 or 59 or 53 => 0.9,
            46 => 0.45,
            35 or 36 => 0.45,
            >= 41 and <= 50 and not 42 and not 44 and not 46 and not 49 => 0.5,
            _ => 0.3,
        };
        var count = (int)(seconds * sampleRate);
        if (buffer.Length < count) buffer = new float[count];
        var output = buffer.AsSpan(0, count);
        output.Clear();
        var random = new SeededRandom(seed);
        switch (note)
        {
            case 35 or 36:
                Sweep(output, sampleRate, 160, 48, 0.035, 0.3, 1.0);
                // The beater's click: broadband, so onset detectors see the kick as well as the ear does.
                Noise(output, sampleRate, random, 0.006, 0.8, highPasses: 1);
                break;
            case 38 or 40:
                Noise(output, sampleRate, random, 0.12, 0.7, highPasses: 1);
                Sweep(output, sampleRate, 240, 185, 0.02, 0.07, 0.3);
                break;
            case 37:
                Noise(output, sampleRate, random, 0.015, 0.5, highPasses: 2);
                Sweep(output, sampleRate, 520, 480, 0.01, 0.03, 0.5);
                break;
            case 39:
                for (var burst = 0; burst < 3; burst++)
                    Noise(output[(int)(burst * 0.011 * sampleRate)..], sampleRate, random, burst == 2 ? 0.09 : 0.008, 0.7, highPasses: 2);
                break;
            case 42 or 44:
                Noise(output, sampleRate, random, note == 44 ? 0.03 : 0.045, 0.8, highPasses: 3);
                break;
            case 46:
                Noise(output, sampleRate, random, 0.28, 0.7, highPasses: 3);
                break;
            case 49 or 57 or 52 or 55:
                Noise(output, sampleRate, random, 1.1, 0.8, highPasses: 2);
                break;
            case 51 or 59 or 53:
                Noise(output, sampleRate, random, 0.5, 0.5, highPasses: 3);
                Bell(output, sampleRate, 0.35);
                break;
            case 54 or 70 or 69:
                Noise(output, sampleRate, random, 0.06, 0.8, highPasses: 3);
                break;
            case >= 41 and <= 50:
                // Toms 41 (low floor) .. 50 (high): 70 .. 210 Hz.
                var pitch = 70 + (note - 41) * 15.5;
                Sweep(output, sampleRate, pitch * 1.5, pitch, 0.05, 0.35, 1.0);
                Noise(output, sampleRate, random, 0.02, 0.2, highPasses: 1);
                break;
            default:
                Noise(output, sampleRate, random, 0.05, 0.5, highPasses: 2);
                break;
        }
        return count;
    }

    /// <summary>A sine gliding exponentially from <paramref name="from"/> to <paramref name="to"/> Hz, decaying exponentially.</summary>
    private static void Sweep(Span<float> output, int sampleRate, double from, double to, double glide, double decay, double gain)
    {
        double phase = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var t = (double)i / sampleRate;
            var f = to + (from - to) * Math.Exp(-t / glide);
            phase += 2 * Math.PI * f / sampleRate;
            var attack = Math.Min(1, t / 0.001);
            output[i] += (float)(gain * attack * Math.Exp(-t * 6.9 / decay) * Math.Sin(phase));
        }
    }

    /// <summary>White noise high-passed by first differences (each pass tilts +6 dB/octave), decaying exponentially.</summary>
    private static void Noise(Span<float> output, int sampleRate, SeededRandom random, double decay, double gain, int highPasses)
    {
        var noise = new double[output.Length];
        for (var i = 0; i < noise.Length; i++) noise[i] = random.NextDouble() * 2 - 1;
        for (var pass = 0; pass < highPasses; pass++)
        {
            var previous = 0.0;
            for (var i = 0; i < noise.Length; i++)
            {
                var current = noise[i];
                noise[i] = (current - previous) * 0.5;
                previous = current;
            }
        }
        var scale = Math.Pow(1.6, highPasses);
        for (var i = 0; i < output.Length; i++)
        {
            var t = (double)i / sampleRate;
            output[i] += (float)(gain * scale * noise[i] * Math.Exp(-t * 6.9 / decay));
        }
    }

    /// <summary>Inharmonic metallic partials (a ride's bell).</summary>
    private static void Bell(Span<float> output, int sampleRate, double gain)
    {
        double[] ratios = [1.0, 1.47, 2.09, 2.56];
        for (var i = 0; i < output.Length; i++)
        {
            var t = (double)i / sampleRate;
            double y = 0;
            foreach (var r in ratios) y += Math.Sin(2 * Math.PI * Math.Min(3200 * r, sampleRate * 0.45) * t);
            output[i] += (float)(gain / ratios.Length * y * Math.Exp(-t * 6.9 / 0.4));
        }
    }
}
