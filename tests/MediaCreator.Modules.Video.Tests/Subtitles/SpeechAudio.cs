using System.Diagnostics;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

/// <summary>Synthesized English speech (espeak-ng) and the spans of it that hold sound, measured from the samples.</summary>
internal static class SpeechAudio
{
    public static async Task SpeakAsync(string text, string wavPath, string voice = "en-us+f2", int wordsPerMinute = 120)
    {
        var raw = wavPath + ".espeak.wav";
        var start = new ProcessStartInfo("espeak-ng") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in new[] { "-v", voice, "-s", wordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "-w", raw, text })
            start.ArgumentList.Add(a);
        using (var process = Process.Start(start)!) await process.WaitForExitAsync();
        // Half a second of silence in front, so the first word does not start at zero.
        await FfmpegProcess.RunAsync(["-y", "-i", raw, "-af", "adelay=500,apad=pad_dur=0.5", "-ac", "1", "-ar", "16000", wavPath]);
        File.Delete(raw);
    }

    /// <summary>Spans (seconds) whose 20 ms RMS is well above silence, merged across gaps shorter than 150 ms.</summary>
    public static async Task<List<(double Start, double End)>> SpeechSpansAsync(string wavPath)
    {
        var samples = new List<short>();
        await FfmpegProcess.RunAsync(["-i", wavPath, "-f", "s16le", "-ac", "1", "-ar", "16000", "pipe:1"], readStdout: async (s, ct) =>
        {
            using var memory = new MemoryStream();
            await s.CopyToAsync(memory, ct);
            var bytes = memory.ToArray();
            for (var i = 0; i + 1 < bytes.Length; i += 2) samples.Add(BitConverter.ToInt16(bytes, i));
        });
        const int window = 320;
        var spans = new List<(double Start, double End)>();
        for (var w = 0; w * window < samples.Count; w++)
        {
            var slice = samples.Skip(w * window).Take(window).ToList();
            var rms = Math.Sqrt(slice.Average(x => (double)x * x));
            if (rms < 300) continue;
            double start = w * 0.02, end = start + 0.02;
            if (spans.Count > 0 && start - spans[^1].End < 0.15) spans[^1] = (spans[^1].Start, end);
            else spans.Add((start, end));
        }
        return spans;
    }
}
