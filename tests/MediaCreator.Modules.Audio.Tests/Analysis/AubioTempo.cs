using System.Diagnostics;
using System.Globalization;

namespace MediaCreator.Modules.Audio.Tests.Analysis;

/// <summary>Runs <c>aubio tempo</c> (Debian aubio-tools) on a file: the reference estimator printed next to ours.</summary>
internal static class AubioTempo
{
    public static bool IsAvailable => File.Exists("/usr/bin/aubio") || File.Exists("/usr/local/bin/aubio");

    /// <summary>aubio's global tempo (its last "N bpm" line), or null when it fails.</summary>
    public static async Task<double?> BpmAsync(string wavPath)
    {
        var start = new ProcessStartInfo("aubio") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["tempo", "-i", wavPath]) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.EndsWith("bpm", StringComparison.Ordinal));
        return line is not null && double.TryParse(line.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var bpm) ? bpm : null;
    }
}
