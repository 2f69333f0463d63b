using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Analysis;

/// <summary>
/// Accuracy of the dsp analyzer on 20 rendered multi-instrument clips with known truth (70–170 BPM, 4/4, 3/4, 6/8,
/// major and minor keys on several tonics, a chord per bar), with aubio tempo on the same WAVs as the reference.
/// </summary>
public sealed class MusicAnalysisAccuracyTests(AnalysisClipsFixture fixture, ITestOutputHelper output) : IClassFixture<AnalysisClipsFixture>
{
    [Fact]
    public void Tempo_accuracy_meets_the_goals_and_is_printed_next_to_aubio()
    {
        var clips = fixture.Clips;
        var table = new StringBuilder("clip                      truth   ours    aubio   meter(ours) key(truth→ours)      chords\n");
        foreach (var c in clips)
        {
            var r = c.Result;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{c.Clip.Name,-25} {c.Clip.TruthBpm,6:0.0} {r.Tempo?.Bpm,7:0.0} {c.AubioBpm,7:0.0}   {c.Clip.Meter}→{r.TimeSignature?.Notation,-5} {c.Clip.KeyNotation,6}→{r.Key?.Notation,-7} {AnalysisScores.ChordOverlap(r.Chords, c.Clip.Chords),6:0.00}");
        }
        var ours1 = clips.Average(c => AnalysisScores.Accuracy1(c.Result.Tempo?.Bpm ?? 0, c.Clip.TruthBpm) ? 1.0 : 0);
        var ours2 = clips.Average(c => AnalysisScores.Accuracy2(c.Result.Tempo?.Bpm ?? 0, c.Clip.TruthBpm) ? 1.0 : 0);
        var aubio1 = clips.Average(c => AnalysisScores.Accuracy1(c.AubioBpm ?? 0, c.Clip.TruthBpm) ? 1.0 : 0);
        var aubio2 = clips.Average(c => AnalysisScores.Accuracy2(c.AubioBpm ?? 0, c.Clip.TruthBpm) ? 1.0 : 0);
        table.AppendLine(CultureInfo.InvariantCulture, $"tempo Accuracy1: ours {ours1:0.00}, aubio {aubio1:0.00}; Accuracy2: ours {ours2:0.00}, aubio {aubio2:0.00} ({clips.Count} clips)");
        output.WriteLine(table.ToString());

        Assert.Equal(20, clips.Count);
        Assert.True(ours1 >= 0.95, $"Accuracy1 {ours1:0.00}");
        Assert.Equal(1.0, ours2);
    }

    [Fact]
    public void Key_MIREX_score_is_at_least_0_90()
    {
        var scores = fixture.Clips.Select(c => AnalysisScores.KeyScore(c.Result.Key, c.Clip.Tonic, c.Clip.Minor)).ToArray();
        foreach (var (c, s) in fixture.Clips.Zip(scores))
            output.WriteLine($"{c.Clip.Name,-25} {c.Clip.KeyNotation,-7} → {c.Result.Key?.Notation,-7} ({c.Result.Key?.Confidence:0.00}) score {s:0.0}");
        output.WriteLine($"key MIREX weighted score: {scores.Average():0.000}");
        Assert.True(scores.Average() >= 0.90, $"key score {scores.Average():0.000}");
    }

    [Fact]
    public void Chord_symbols_are_right_at_least_85_percent_of_the_time()
    {
        double right = 0, total = 0;
        foreach (var c in fixture.Clips)
        {
            var duration = c.Clip.Chords.Sum(t => t.End - t.Start);
            var overlap = AnalysisScores.ChordOverlap(c.Result.Chords, c.Clip.Chords);
            right += overlap * duration;
            total += duration;
            output.WriteLine($"{c.Clip.Name,-25} {overlap:0.00}  truth {string.Join(' ', c.Clip.Chords.Take(8).Select(t => t.Symbol))}  ours {string.Join(' ', c.Result.Chords.Take(10).Select(s => s.Chord))}");
        }
        output.WriteLine($"chord symbol overlap (time-weighted): {right / total:0.000}");
        Assert.True(right / total >= 0.85, $"chord overlap {right / total:0.000}");
    }

    [Fact]
    public void Time_signature_is_found_for_4_4_3_4_and_6_8()
    {
        var results = fixture.Clips.Select(c => (c.Clip.Meter, Found: c.Result.TimeSignature?.Notation)).ToArray();
        var right = results.Count(r => r.Meter == r.Found);
        output.WriteLine($"time signature right on {right}/{results.Length}: " + string.Join(", ", results.Where(r => r.Meter != r.Found).Select(r => $"{r.Meter}→{r.Found}")));
        foreach (var meter in (string[])["4/4", "3/4", "6/8"])
            Assert.Contains(results, r => r.Meter == meter && r.Found == meter);
        Assert.True(right >= 0.85 * results.Length, $"meter right on {right}/{results.Length}");
    }

    [Fact]
    public void Beats_energy_and_loudness_are_consistent_with_the_audio()
    {
        foreach (var c in fixture.Clips)
        {
            var r = c.Result;
            Assert.NotNull(r.Tempo);
            var beats = r.Tempo.BeatTimes;
            Assert.True(beats.Count >= 10, c.Clip.Name);
            // Beats are ascending and their median spacing is the reported tempo's period.
            var gaps = beats.Zip(beats.Skip(1), (a, b) => b - a).Order().ToArray();
            Assert.All(gaps, g => Assert.True(g > 0));
            Assert.InRange(60 / gaps[gaps.Length / 2], r.Tempo.Bpm * 0.93, r.Tempo.Bpm * 1.07);
            Assert.InRange(r.Tempo.Confidence, 0, 1);
            Assert.NotNull(r.Loudness);
            Assert.InRange(r.Loudness.IntegratedLufs, -40, -3);
            Assert.True(r.Loudness.TruePeakDbtp >= r.Loudness.SamplePeakDbfs - 0.01);
            Assert.Equal(Math.Ceiling(c.Audio.DurationSeconds / 0.5), r.Energy.Count, 1);
            Assert.All(r.Energy, e => Assert.InRange(e.Energy, 0, 1));
            Assert.Equal(1.0, r.Energy.Max(e => e.Energy));
            Assert.Equal(c.Audio.DurationSeconds, r.DurationSeconds, 3);
        }
    }
}
