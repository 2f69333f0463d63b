using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>What a de-esser pass did.</summary>
internal readonly record struct DeEssReport(double CentreHz, double MaxReductionDb, double SecondsActive);

/// <summary>
/// Split-band de-esser. A side chain compares the energy of the sibilance band (a 4th-order band-pass around the centre
/// frequency, roughly 0.75x..1.4x, i.e. ~5–9 kHz for 6.5 kHz) with the full-band energy (fast envelopes, 1 ms attack,
/// 60 ms release). When the band's share rises above a threshold, only that band is turned down: the output is
/// <c>x - d·BP(x)</c> with the cookbook 0 dB band-pass, which is the identity at <c>d = 0</c> and the cookbook notch at
/// <c>d = 1</c>, so the rest of the spectrum is untouched. Strength sets the threshold (-6 dB share at 0, -18 dB at 1),
/// the ratio and the deepest cut (up to 18 dB). A level gate (25 dB under the clip's mean power) keeps it from working
/// on the hiss of pauses.
/// </summary>
internal static class DeEsser
{
    public static DeEssReport Apply(AudioBuffer audio, DeEssSpec spec, CancellationToken ct)
    {
        var rate = audio.SampleRate;
        var centre = Math.Min(spec.FrequencyHz, rate * 0.4);
        var low = centre * 0.75;
        var high = Math.Min(centre * 1.4, rate * 0.45);
        var length = audio.Length;
        var mono = audio.Mono();

        // Side chain: the sibilance band (HP at low edge, LP at high edge, both 4th order) against the full band.
        var band = new float[length];
        Biquad.HighPass(low, 0.5412, rate).Process(mono, band);
        Biquad.HighPass(low, 1.3066, rate).Process(band.AsSpan());
        Biquad.LowPass(high, 0.5412, rate).Process(band.AsSpan());
        Biquad.LowPass(high, 1.3066, rate).Process(band.AsSpan());
        ct.ThrowIfCancellationRequested();

        var strength = Math.Clamp(spec.Strength, 0, 1);
        var thresholdDb = -6 - 12 * strength;
        var slope = 0.5 + 0.4 * strength;
        var maxCutDb = 6 + 12 * strength;
        var attack = 1 - Math.Exp(-1.0 / (0.001 * rate));
        var release = 1 - Math.Exp(-1.0 / (0.060 * rate));
        var smoothing = 1 - Math.Exp(-1.0 / (0.002 * rate));
        // Level gate: hiss in pauses is not sibilance; only act where the signal is within 25 dB of the clip's mean power.
        double meanPower = 0;
        for (var i = 0; i < length; i++) meanPower += mono[i] * mono[i];
        var gate = meanPower / Math.Max(1, length) * Math.Pow(10, -25 / 10.0);
        var depth = new float[length];
        double bandEnv = 0, fullEnv = 0, cut = 0, maxCut = 0;
        long active = 0;
        for (var i = 0; i < length; i++)
        {
            double b = band[i] * band[i], f = mono[i] * mono[i];
            bandEnv += (b > bandEnv ? attack : release) * (b - bandEnv);
            fullEnv += (f > fullEnv ? attack : release) * (f - fullEnv);
            var target = 0.0;
            if (fullEnv > gate && fullEnv > 1e-9)
            {
                var shareDb = 10 * Math.Log10(bandEnv / fullEnv + 1e-12);
                if (shareDb > thresholdDb) target = Math.Min(maxCutDb, (shareDb - thresholdDb) * slope * 3);
            }
            cut += smoothing * (target - cut);
            if (cut > 0.5) active++;
            maxCut = Math.Max(maxCut, cut);
            // Depth d such that the band's centre drops by `cut` dB: (1 - d) = 10^(-cut/20).
            depth[i] = (float)(1 - Math.Pow(10, -cut / 20));
        }
        ct.ThrowIfCancellationRequested();

        var bandPass = Biquad.BandPass(centre, 1.0, rate);
        var split = new float[length];
        foreach (var channel in audio.Channels)
        {
            bandPass.Process(channel, split);
            for (var i = 0; i < length; i++) channel[i] -= depth[i] * split[i];
        }
        return new DeEssReport(centre, maxCut, (double)active / rate);
    }
}
