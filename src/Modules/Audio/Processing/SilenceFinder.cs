using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>
/// Finds silences: 20 ms RMS frames every 5 ms (mean power over channels) below the threshold, joined into runs; each
/// run's edges are then refined to the sample by walking outwards while every channel's sample stays under the
/// threshold amplitude. Returns the segments to keep when runs at least <c>MinSilenceSeconds</c> long are shortened to
/// <c>MarginSeconds</c> on each side (a silence at the very start or end keeps one margin).
/// </summary>
internal static class SilenceFinder
{
    private const double FrameSeconds = 0.020;
    private const double HopSeconds = 0.005;

    /// <summary>Silent stretches [start, end) in samples.</summary>
    public static List<Segment> Silences(AudioBuffer audio, double thresholdDb, CancellationToken ct)
    {
        var rate = audio.SampleRate;
        var length = audio.Length;
        var frame = Math.Max(1, (int)Math.Round(FrameSeconds * rate));
        var hop = Math.Max(1, (int)Math.Round(HopSeconds * rate));
        var threshold = Math.Pow(10, thresholdDb / 10); // power
        var amplitude = (float)Math.Pow(10, thresholdDb / 20);
        var count = audio.ChannelCount;

        // Prefix sums of mean power for O(1) frame RMS.
        var prefix = new double[length + 1];
        for (var i = 0; i < length; i++)
        {
            double power = 0;
            for (var c = 0; c < count; c++) power += audio.Channels[c][i] * audio.Channels[c][i];
            prefix[i + 1] = prefix[i] + power / count;
        }
        ct.ThrowIfCancellationRequested();

        var silences = new List<Segment>();
        var runStart = -1;
        var runEnd = -1;
        for (var start = 0; start < length; start += hop)
        {
            var end = Math.Min(length, start + frame);
            var silent = (prefix[end] - prefix[start]) / Math.Max(1, end - start) < threshold;
            if (silent)
            {
                if (runStart < 0) runStart = start;
                runEnd = end;
            }
            else if (runStart >= 0)
            {
                silences.Add(Refine(audio, runStart, runEnd, amplitude));
                runStart = -1;
            }
        }
        if (runStart >= 0) silences.Add(Refine(audio, runStart, runEnd, amplitude));
        return silences;
    }

    /// <summary>Kept segments after shortening each silence of at least <paramref name="minSamples"/> to <paramref name="margin"/> each side.</summary>
    public static List<Segment> KeptSegments(int length, IReadOnlyList<Segment> silences, int minSamples, int margin)
    {
        var kept = new List<Segment>();
        var cursor = 0;
        foreach (var silence in silences)
        {
            if (silence.Length < minSamples) continue;
            var removeStart = silence.Start == 0 ? 0 : silence.Start + margin;
            var removeEnd = silence.End == length ? length : silence.End - margin;
            if (removeStart == 0 && removeEnd == length) continue; // all silent: leave it
            if (removeEnd - removeStart <= 0) continue;
            if (removeStart > cursor) kept.Add(new Segment(cursor, removeStart));
            cursor = removeEnd;
        }
        if (cursor < length) kept.Add(new Segment(cursor, length));
        return kept;
    }

    private static Segment Refine(AudioBuffer audio, int start, int end, float amplitude)
    {
        // The frames bounding the run hold sound; walk from the run's edges towards it while samples stay quiet.
        while (start > 0 && Quiet(audio, start - 1, amplitude)) start--;
        while (end < audio.Length && Quiet(audio, end, amplitude)) end++;
        return new Segment(start, end);
    }

    private static bool Quiet(AudioBuffer audio, int index, float amplitude)
    {
        foreach (var channel in audio.Channels)
            if (Math.Abs(channel[index]) > amplitude) return false;
        return true;
    }
}
