using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Music;

/// <summary>Reads a <see cref="MusicTiming"/>: energy at a time or over a range, beats inside a range, chorus-like sections.</summary>
internal sealed class SongShape
{
    private readonly MusicTiming _timing;
    private readonly EnergyPoint[] _energy;

    public SongShape(MusicTiming timing)
    {
        if (!(timing.DurationSeconds > 0)) throw new VideoProcessingException("INVALID_INPUT", "The music analysis has no duration.");
        _timing = timing;
        _energy = timing.Energy.OrderBy(e => e.Time).ToArray();
        Beats = timing.Beats.Where(b => b >= 0 && b <= timing.DurationSeconds).Order().ToArray();
        if (Beats.Length < 2 && timing.Bpm is > 0 and var bpm)
        {
            // No beat list: a grid from the tempo is the best estimate of where beats fall.
            var step = 60 / bpm;
            Beats = Enumerable.Range(0, (int)(timing.DurationSeconds / step) + 1).Select(i => i * step).ToArray();
        }
    }

    public double Duration => _timing.DurationSeconds;

    public double[] Beats { get; }

    public IReadOnlyList<MusicSection> Sections => _timing.Sections;

    /// <summary>Energy at <paramref name="t"/>, linear between points (0.5 when the analysis has none).</summary>
    public double EnergyAt(double t)
    {
        if (_energy.Length == 0) return 0.5;
        if (t <= _energy[0].Time) return _energy[0].Value;
        for (var i = 1; i < _energy.Length; i++)
            if (t <= _energy[i].Time)
            {
                var (a, b) = (_energy[i - 1], _energy[i]);
                return b.Time > a.Time ? a.Value + (b.Value - a.Value) * (t - a.Time) / (b.Time - a.Time) : b.Value;
            }
        return _energy[^1].Value;
    }

    public double MeanEnergy(double from, double to)
    {
        if (to <= from) return EnergyAt(from);
        const int Steps = 64;
        double sum = 0;
        for (var i = 0; i < Steps; i++) sum += EnergyAt(from + (to - from) * (i + 0.5) / Steps);
        return sum / Steps;
    }

    public static bool IsChorus(string label) =>
        label.Contains("chorus", StringComparison.OrdinalIgnoreCase) || label.Contains("drop", StringComparison.OrdinalIgnoreCase)
        || label.Contains("hook", StringComparison.OrdinalIgnoreCase) || label.Contains("refrain", StringComparison.OrdinalIgnoreCase);

    /// <summary>Share of <paramref name="from"/>..<paramref name="to"/> covered by chorus-like sections.</summary>
    public double ChorusShare(double from, double to) => to <= from ? 0 :
        Sections.Where(s => IsChorus(s.Label)).Sum(s => Math.Max(0, Math.Min(s.End, to) - Math.Max(s.Start, from))) / (to - from);

    public MusicSection? SectionAt(double t) => Sections.FirstOrDefault(s => t >= s.Start && t < s.End);

    /// <summary>The beat nearest <paramref name="t"/>, or <paramref name="t"/> itself when there are no beats.</summary>
    public double NearestBeat(double t)
    {
        if (Beats.Length == 0) return t;
        var i = Array.BinarySearch(Beats, t);
        if (i >= 0) return Beats[i];
        i = ~i;
        if (i == 0) return Beats[0];
        if (i == Beats.Length) return Beats[^1];
        return t - Beats[i - 1] <= Beats[i] - t ? Beats[i - 1] : Beats[i];
    }

    public double BeatInterval => Beats.Length >= 2 ? (Beats[^1] - Beats[0]) / (Beats.Length - 1) : 0.5;
}
