using System.Diagnostics;
using System.Globalization;

namespace MediaCreator.Modules.Core.Media;

/// <summary>Progress read from ffmpeg's own <c>-progress</c> output.</summary>
/// <param name="OutTime">Media time written so far.</param>
/// <param name="Speed">Multiple of real time ffmpeg reports, when known.</param>
public readonly record struct FfmpegProgress(TimeSpan OutTime, double? Speed);

/// <summary>ffmpeg failed: the exit code and the last lines it wrote to stderr.</summary>
public sealed class FfmpegException(string message, int exitCode, string stderrTail) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
    public string StderrTail { get; } = stderrTail;
}

/// <summary>
/// Runs the ffmpeg binary with raw PCM or files on its pipes. Media tasks use it where they stream samples in or out
/// (FFMpegCore's ffprobe wrapper probes files). Cancelling the token kills ffmpeg (and anything it started) at once,
/// so a cancelled job never leaves an encoder running.
/// </summary>
public static class FfmpegProcess
{
    /// <summary>The binary, <c>ffmpeg</c> on PATH unless <c>MEDIACREATOR_FFMPEG</c> names another.</summary>
    public static string Binary { get; } = Environment.GetEnvironmentVariable("MEDIACREATOR_FFMPEG") is { Length: > 0 } b ? b : "ffmpeg";

    /// <summary>
    /// Runs <c>ffmpeg -hide_banner -nostats -loglevel error -progress pipe:2 {arguments}</c>.
    /// <paramref name="writeStdin"/> feeds <c>pipe:0</c> (then closes it), <paramref name="readStdout"/> drains <c>pipe:1</c>.
    /// </summary>
    public static async Task RunAsync(
        IEnumerable<string> arguments,
        Func<Stream, CancellationToken, Task>? writeStdin = null,
        Func<Stream, CancellationToken, Task>? readStdout = null,
        Action<FfmpegProgress>? progress = null,
        CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["-hide_banner", "-nostats", "-loglevel", "error", "-progress", "pipe:2"]) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new FfmpegException($"ffmpeg could not be started ({Binary}): {e.Message}. Install ffmpeg.", -1, "");
        }

        using var kill = ct.Register(() => Kill(process));
        var tail = new Queue<string>();
        var stderr = Task.Run(async () =>
        {
            string? line;
            TimeSpan outTime = default;
            while ((line = await process.StandardError.ReadLineAsync(CancellationToken.None)) is not null)
            {
                var eq = line.IndexOf('=');
                if (eq > 0 && !line.Contains(' ', StringComparison.Ordinal))
                {
                    var key = line.AsSpan(0, eq);
                    var value = line.AsSpan(eq + 1);
                    if (key is "out_time_us" && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var us) && us >= 0)
                        outTime = TimeSpan.FromMicroseconds(us);
                    else if (key is "speed")
                        progress?.Invoke(new FfmpegProgress(outTime, double.TryParse(value.TrimEnd('x'), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : null));
                    continue;
                }
                lock (tail)
                {
                    tail.Enqueue(line);
                    if (tail.Count > 20) tail.Dequeue();
                }
            }
        }, CancellationToken.None);

        var stdin = Task.Run(async () =>
        {
            try
            {
                if (writeStdin is not null) await writeStdin(process.StandardInput.BaseStream, ct);
            }
            catch (IOException) when (ct.IsCancellationRequested || process.HasExited)
            {
                // ffmpeg stopped reading (killed or failed); its exit code tells why.
            }
            finally
            {
                try { process.StandardInput.Close(); } catch (IOException) { }
            }
        }, CancellationToken.None);

        var stdout = Task.Run(async () =>
        {
            if (readStdout is not null) await readStdout(process.StandardOutput.BaseStream, ct);
            else await process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
        }, CancellationToken.None);

        try
        {
            await Task.WhenAll(stdin, stdout);
        }
        catch when (ct.IsCancellationRequested)
        {
        }
        catch
        {
            Kill(process);
            throw;
        }
        finally
        {
            await process.WaitForExitAsync(CancellationToken.None);
            await stderr;
        }
        ct.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
        {
            string text;
            lock (tail) text = string.Join('\n', tail);
            throw new FfmpegException($"ffmpeg failed with exit code {process.ExitCode}: {LastLine(text)}", process.ExitCode, text);
        }
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : lines[^1];
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
