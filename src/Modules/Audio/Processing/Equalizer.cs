using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>Kind of one equalizer stage.</summary>
internal enum EqStageKind
{
    HighPass,
    LowShelf,
    HighShelf,
    Peaking,
}

/// <summary>One biquad of an equalizer, as designed (frequency, gain, Q).</summary>
internal sealed record EqStage(EqStageKind Kind, double FrequencyHz, double GainDb = 0, double Q = 0.7071)
{
    public Biquad Design(int rate) => Kind switch
    {
        EqStageKind.HighPass => Biquad.HighPass(FrequencyHz, Q, rate),
        EqStageKind.LowShelf => Biquad.LowShelf(FrequencyHz, GainDb, rate),
        EqStageKind.HighShelf => Biquad.HighShelf(FrequencyHz, GainDb, rate),
        _ => Biquad.Peaking(FrequencyHz, GainDb, Q, rate),
    };

    public override string ToString() => Kind switch
    {
        EqStageKind.HighPass => string.Create(CultureInfo.InvariantCulture, $"high-pass {FrequencyHz:0} Hz"),
        EqStageKind.LowShelf => string.Create(CultureInfo.InvariantCulture, $"low shelf {FrequencyHz:0} Hz {GainDb:+0.0;-0.0} dB"),
        EqStageKind.HighShelf => string.Create(CultureInfo.InvariantCulture, $"high shelf {FrequencyHz:0} Hz {GainDb:+0.0;-0.0} dB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"peak {FrequencyHz:0} Hz {GainDb:+0.0;-0.0} dB Q {Q:0.##}"),
    };
}

/// <summary>
/// Preset and parametric equalizer: a cascade of RBJ biquads (high-pass, shelves, peaks). Presets follow common mixing
/// practice: VOICE removes rumble below ~80 Hz, cuts "mud" around 300 Hz and lifts presence around 4 kHz; MUSIC is a
/// gentle loudness "smile"; WARM lifts the low-mids and softens the top; BRIGHT lifts the top; BASS_BOOST lifts the lows.
/// </summary>
internal static class Equalizer
{
    public static IReadOnlyList<EqStage> Preset(EqPresetKind preset) => preset switch
    {
        EqPresetKind.Voice =>
        [
            new(EqStageKind.HighPass, 80),
            new(EqStageKind.Peaking, 300, -3, 1.0),
            new(EqStageKind.Peaking, 4000, 3, 1.0),
        ],
        EqPresetKind.Music =>
        [
            new(EqStageKind.HighPass, 25),
            new(EqStageKind.LowShelf, 100, 2),
            new(EqStageKind.Peaking, 400, -1, 0.8),
            new(EqStageKind.HighShelf, 10000, 2),
        ],
        EqPresetKind.Warm =>
        [
            new(EqStageKind.HighPass, 30),
            new(EqStageKind.LowShelf, 200, 3),
            new(EqStageKind.HighShelf, 7000, -2),
        ],
        EqPresetKind.Bright =>
        [
            new(EqStageKind.HighPass, 40),
            new(EqStageKind.Peaking, 250, -1.5, 1.0),
            new(EqStageKind.HighShelf, 5000, 4),
        ],
        EqPresetKind.BassBoost =>
        [
            new(EqStageKind.HighPass, 25),
            new(EqStageKind.LowShelf, 100, 6),
        ],
        _ => throw new AudioProcessingException("INVALID_INPUT", $"Unknown EQ preset {preset}."),
    };

    /// <summary>The stages of <paramref name="spec"/>: the preset's, then the explicit peaking bands.</summary>
    public static IReadOnlyList<EqStage> Stages(EqualizeSpec spec)
    {
        var stages = new List<EqStage>();
        if (spec.Preset is { } preset) stages.AddRange(Preset(preset));
        foreach (var band in spec.Bands ?? []) stages.Add(new EqStage(EqStageKind.Peaking, band.FrequencyHz, band.GainDb, band.Q));
        return stages;
    }

    /// <summary>Applies the cascade to every channel in place.</summary>
    public static void Apply(AudioBuffer audio, IReadOnlyList<EqStage> stages)
    {
        foreach (var stage in stages)
        {
            var filter = stage.Design(audio.SampleRate);
            foreach (var channel in audio.Channels) filter.Process(channel.AsSpan());
        }
    }

    /// <summary>The designed magnitude response of the cascade at <paramref name="frequency"/> in dB.</summary>
    public static double ResponseDb(IReadOnlyList<EqStage> stages, double frequency, int rate)
    {
        var total = 0.0;
        foreach (var stage in stages) total += stage.Design(rate).ResponseDb(frequency, rate);
        return total;
    }
}
