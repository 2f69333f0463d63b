using System.Diagnostics;
using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Modules.Audio.Tests.Generation;

/// <summary>Independent checks of generated music: aubio's beat tracker and Krumhansl–Kessler key profiles.</summary>
internal static class MusicChecks
{
    // Krumhansl & Kessler (1982) probe-tone profiles, tonic first.
    private static readonly double[] MajorProfile = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];
    private static readonly double[] MinorProfile = [6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17];
    private static readonly string[] Names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

    /// <summary>
    /// Runs <c>aubio beat</c> on the file and returns the median inter-beat tempo (the mean that <c>aubio tempo</c> prints
    /// is pulled by the odd missed or extra beat), with the beat count.
    /// </summary>
    public static (double Bpm, int Beats) AubioMedianBpm(string wavPath)
    {
        var start = new ProcessStartInfo("aubio") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // aubio's tempo prior is counted in hops (defaults: 1024/512 at 44.1 kHz, ~11.6 ms); at other rates the hop is
        // scaled to keep that time step, otherwise a 22.05 kHz file halves every tempo.
        var rate = MediaCreator.Modules.Audio.Codecs.AudioDecoder.ProbeAsync(wavPath).GetAwaiter().GetResult().SampleRate;
        var hop = Math.Max(64, (int)Math.Round(512.0 * rate / 44100));
        foreach (var a in (string[])["beat", "-B", (hop * 2).ToString(CultureInfo.InvariantCulture), "-H", hop.ToString(CultureInfo.InvariantCulture), "-i", wavPath])
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var beats = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        if (beats.Length < 3) return (0, beats.Length);
        var intervals = beats.Zip(beats.Skip(1), (a, b) => b - a).Order().ToArray();
        return (60 / intervals[intervals.Length / 2], beats.Length);
    }

    /// <summary>The key (e.g. <c>D:min</c>) whose rotated profile correlates best with the 12-bin histogram, and the runner-up margin.</summary>
    public static (string Key, double Correlation, double Margin) BestKey(double[] histogram)
    {
        var scores = new List<(string Key, double R)>();
        for (var tonic = 0; tonic < 12; tonic++)
        {
            scores.Add(($"{Names[tonic]}:maj", Correlation(histogram, MajorProfile, tonic)));
            scores.Add(($"{Names[tonic]}:min", Correlation(histogram, MinorProfile, tonic)));
        }
        var ordered = scores.OrderByDescending(s => s.R).ToArray();
        return (ordered[0].Key, ordered[0].R, ordered[0].R - ordered[1].R);
    }

    private static double Correlation(double[] histogram, double[] profile, int tonic)
    {
        var x = Enumerable.Range(0, 12).Select(i => histogram[i]).ToArray();
        var y = Enumerable.Range(0, 12).Select(i => profile[((i - tonic) % 12 + 12) % 12]).ToArray();
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < 12; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy + 1e-12);
    }

    /// <summary>Pitch-class histogram of the pitched notes (drum channel excluded), weighted by duration.</summary>
    public static double[] NoteHistogram(MidiReader midi)
    {
        var histogram = new double[12];
        foreach (var n in midi.Notes.Where(n => n.Channel != 9)) histogram[n.Pitch % 12] += n.DurationBeats;
        return histogram;
    }

    /// <summary>
    /// Chroma of the audio itself: STFT magnitudes (16384-point frames, fine enough to part semitones near A1) between 50 Hz and 2 kHz folded onto pitch classes
    /// (each bin to its nearest equal-tempered note, A4 = 440 Hz), summed over time.
    /// </summary>
    public static double[] AudioChroma(AudioBuffer audio)
    {
        var stft = new Stft(16384, 8192);
        var mono = audio.Mono();
        var chroma = new double[12];
        foreach (var frame in stft.Magnitudes(mono))
        {
            for (var bin = 1; bin < frame.Length; bin++)
            {
                var f = stft.BinFrequency(bin, audio.SampleRate);
                if (f < 50 || f > 2000) continue;
                var midi = (int)Math.Round(69 + 12 * Math.Log2(f / 440));
                chroma[(midi % 12 + 12) % 12] += frame[bin] * frame[bin];
            }
        }
        return chroma.Select(Math.Sqrt).ToArray();
    }

    public static double Rms(AudioBuffer audio, double fromSeconds, double toSeconds)
    {
        var mono = audio.Mono();
        var a = (int)(fromSeconds * audio.SampleRate);
        var b = Math.Min(mono.Length, (int)(toSeconds * audio.SampleRate));
        double sum = 0;
        for (var i = a; i < b; i++) sum += mono[i] * mono[i];
        return Math.Sqrt(sum / Math.Max(1, b - a));
    }
}
