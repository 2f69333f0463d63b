namespace MediaCreator.Modules.Audio.Generation.Synth;

/// <summary>Melodic note synthesis for a <see cref="Patch"/>.</summary>
internal static class Voices
{
    /// <summary>Writes one note (with its release) into <paramref name="buffer"/> (grown when short); returns its length in samples.</summary>
    public static int Render(Patch patch, int pitch, double seconds, int sampleRate, ref float[] buffer, int seed)
    {
        var frequency = 440 * Math.Pow(2, (pitch - 69) / 12.0);
        var percussive = patch.Wave is Waveform.Partials or Waveform.Pluck;
        var held = percussive ? Math.Min(seconds, patch.Decay * 1.5) : seconds;
        var count = (int)Math.Ceiling((held + patch.Release) * sampleRate);
        if (buffer.Length < count) buffer = new float[count];
        var output = buffer.AsSpan(0, count);
        output.Clear();

        switch (patch.Wave)
        {
            case Waveform.Partials:
                Partials(output, frequency, sampleRate, patch);
                break;
            case Waveform.Pluck:
                Pluck(output, frequency, sampleRate, patch, seed);
                break;
            case Waveform.Formant:
                Formant(output, frequency, sampleRate, patch);
                break;
            default:
                Oscillators(output, frequency, sampleRate, patch);
                break;
        }

        if (patch.Drive > 0)
        {
            var norm = MathF.Tanh((float)patch.Drive);
            for (var i = 0; i < output.Length; i++) output[i] = MathF.Tanh(output[i] * (float)patch.Drive) / norm;
        }
        if (patch.CutoffHarmonics > 0) LowPass(output, Math.Min(frequency * patch.CutoffHarmonics, sampleRate * 0.45), sampleRate);
        Envelope(output, patch, held, sampleRate, percussive);
        return count;
    }

    /// <summary>ADSR: linear attack and decay to the sustain level (exponential decay for struck/plucked), linear release.</summary>
    private static void Envelope(Span<float> output, Patch patch, double held, int sampleRate, bool percussive)
    {
        var offAt = held * sampleRate;
        var releaseSamples = Math.Max(1, patch.Release * sampleRate);
        double levelAtOff = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var t = (double)i / sampleRate;
            double level;
            if (i < offAt)
            {
                if (t < patch.Attack) level = t / patch.Attack;
                else if (percussive) level = Math.Exp(-(t - patch.Attack) * 6.9 / Math.Max(0.05, patch.Decay)) * 0.9 + 0.1 * Math.Exp(-(t - patch.Attack) * 40);
                else if (t < patch.Attack + patch.Decay) level = 1 - (1 - patch.Sustain) * (t - patch.Attack) / patch.Decay;
                else level = patch.Sustain;
                levelAtOff = level;
            }
            else
            {
                level = levelAtOff * Math.Max(0, 1 - (i - offAt) / releaseSamples);
            }
            output[i] *= (float)level;
        }
    }

    private static double PolyBlep(double phase, double increment)
    {
        if (phase < increment)
        {
            var t = phase / increment;
            return t + t - t * t - 1;
        }
        if (phase > 1 - increment)
        {
            var t = (phase - 1) / increment;
            return t * t + t + t + 1;
        }
        return 0;
    }

    private static void Oscillators(Span<float> output, double frequency, int sampleRate, Patch patch)
    {
        var layers = Math.Max(1, patch.Layers);
        for (var layer = 0; layer < layers; layer++)
        {
            // Detuned layers (±7 cents apart) and staggered phases thicken saws and pads.
            var detune = layers == 1 ? 1 : Math.Pow(2, (layer - (layers - 1) / 2.0) * 7 / 1200.0);
            var phase = layer * 0.37 % 1;
            for (var i = 0; i < output.Length; i++)
            {
                var t = (double)i / sampleRate;
                var vibrato = t > 0.25 ? 1 + patch.Vibrato * Math.Sin(2 * Math.PI * 5.5 * t) : 1;
                var increment = frequency * detune * vibrato / sampleRate;
                double y = patch.Wave switch
                {
                    Waveform.Saw => 2 * phase - 1 - PolyBlep(phase, increment),
                    Waveform.Square => (phase < 0.5 ? 1 : -1) + PolyBlep(phase, increment) - PolyBlep((phase + 0.5) % 1, increment),
                    Waveform.Triangle => 1 - 4 * Math.Abs(phase - 0.5),
                    _ => Math.Sin(2 * Math.PI * phase),
                };
                output[i] += (float)(y / layers);
                phase += increment;
                if (phase >= 1) phase -= 1;
            }
        }
    }

    /// <summary>Struck-string partials: slightly stretched (inharmonicity), upper ones quieter and shorter.</summary>
    private static void Partials(Span<float> output, double frequency, int sampleRate, Patch patch)
    {
        const double inharmonicity = 0.0004;
        var nyquist = sampleRate * 0.45;
        double norm = 0;
        for (var k = 1; k <= 8; k++)
        {
            var f = frequency * k * Math.Sqrt(1 + inharmonicity * k * k);
            if (f >= nyquist) break;
            var amplitude = Math.Pow(patch.PartialDecay, k - 1) / Math.Pow(k, 0.8);
            var decay = patch.Decay / Math.Sqrt(k) * 0.5;
            norm += amplitude;
            // A damped sinusoid by its two-term recurrence: y[n] = 2 r cos(w) y[n-1] - r^2 y[n-2].
            var w = 2 * Math.PI * f / sampleRate;
            var r = Math.Exp(-6.9 / (decay * sampleRate));
            var c1 = 2 * r * Math.Cos(w);
            var c2 = r * r;
            double y2 = 0, y1 = amplitude * r * Math.Sin(w);
            if (output.Length > 1) output[1] += (float)y1;
            for (var i = 2; i < output.Length; i++)
            {
                var y = c1 * y1 - c2 * y2;
                output[i] += (float)y;
                y2 = y1;
                y1 = y;
            }
        }
        if (norm > 0)
            for (var i = 0; i < output.Length; i++) output[i] = (float)(output[i] / norm);
    }

    /// <summary>
    /// Karplus–Strong: a noise burst circulating in a delay line one period long through a two-point average; the
    /// fractional part of the period is read by linear interpolation so the string is in tune.
    /// </summary>
    private static void Pluck(Span<float> output, double frequency, int sampleRate, Patch patch, int seed)
    {
        var period = Math.Max(2, sampleRate / frequency - 0.5);
        var size = (int)period + 4;
        var line = new double[size];
        var random = new SeededRandom(seed);
        double smooth = 0;
        for (var i = 0; i < size; i++)
        {
            // A gently low-passed burst: a softer pick.
            smooth = 0.5 * smooth + 0.5 * (random.NextDouble() * 2 - 1);
            line[i] = smooth;
        }
        var mean = line.Average();
        for (var i = 0; i < size; i++) line[i] -= mean;
        // Loss per pass so the note falls by 60 dB over about the patch's decay time.
        var loss = Math.Min(0.9995, Math.Pow(0.001, 1 / Math.Max(1, patch.Decay * frequency)));
        var whole = (int)Math.Floor(period);
        var fraction = period - whole;
        double previous = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var write = i % size;
            var a = line[((write - whole) % size + size) % size];
            var b = line[((write - whole - 1) % size + size) % size];
            var delayed = a + fraction * (b - a);
            var value = loss * 0.5 * (delayed + previous);
            previous = delayed;
            line[write] = value;
            output[i] = (float)value;
        }
    }

    /// <summary>A sung "oo": harmonics weighted by three formant resonances, with vibrato.</summary>
    private static void Formant(Span<float> output, double frequency, int sampleRate, Patch patch)
    {
        (double F, double Bandwidth, double Gain)[] formants = [(320, 90, 1.0), (800, 120, 0.45), (2300, 200, 0.12)];
        var limit = Math.Min(4500, sampleRate * 0.45);
        var count = Math.Max(1, (int)(limit / frequency));
        var amplitudes = new double[count];
        for (var k = 1; k <= count; k++)
        {
            var f = k * frequency;
            amplitudes[k - 1] = formants.Sum(x => x.Gain / (1 + Math.Pow((f - x.F) / x.Bandwidth, 2))) + 0.02 / k;
        }
        var norm = amplitudes.Sum();
        double phase = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var t = (double)i / sampleRate;
            var vibrato = t > 0.2 ? 1 + patch.Vibrato * Math.Sin(2 * Math.PI * 5.2 * t) : 1;
            phase += 2 * Math.PI * frequency * vibrato / sampleRate;
            // Harmonics by the Chebyshev recurrence sin((k+1)x) = 2 cos(x) sin(kx) - sin((k-1)x): one sin/cos per sample.
            var twoCos = 2 * Math.Cos(phase);
            double previous = 0, current = Math.Sin(phase), y = 0;
            for (var k = 0; k < count; k++)
            {
                y += amplitudes[k] * current;
                var next = twoCos * current - previous;
                previous = current;
                current = next;
            }
            output[i] = (float)(y / norm);
        }
    }

    /// <summary>Zavalishin's topology-preserving state-variable low-pass (Butterworth Q), stable at any cutoff.</summary>
    internal static void LowPass(Span<float> samples, double cutoff, int sampleRate)
    {
        var g = Math.Tan(Math.PI * Math.Min(cutoff, sampleRate * 0.49) / sampleRate);
        const double k = 1.4142135623730951;
        var a1 = 1 / (1 + g * (g + k));
        var a2 = g * a1;
        var a3 = g * a2;
        double ic1 = 0, ic2 = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var v3 = samples[i] - ic2;
            var v1 = a1 * ic1 + a2 * v3;
            var v2 = ic2 + a2 * ic1 + a3 * v3;
            ic1 = 2 * v1 - ic1;
            ic2 = 2 * v2 - ic2;
            samples[i] = (float)v2;
        }
    }
}
