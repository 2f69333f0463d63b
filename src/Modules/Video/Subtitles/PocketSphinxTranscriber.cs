using System.Diagnostics;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// The built-in offline recognizer: Debian's pocketsphinx with its US English model. It is weak — about 33% word
/// error rate on clean read speech and worse on synthetic or noisy audio — so it suits rough captions and word timing
/// (filler and retake removal), not verbatim transcripts; use the OpenAI-compatible transcriber for quality.
/// English only: other languages are <c>UNSUPPORTED</c>.
/// </summary>
public sealed class PocketSphinxTranscriber(PocketSphinxOptions? options = null) : ITranscriber
{
    private readonly PocketSphinxOptions _options = options ?? new PocketSphinxOptions();

    public string Key => "pocketsphinx";

    public IReadOnlyCollection<string> Languages { get; } = ["en"];

    public async Task<Transcript> TranscribeAsync(string mediaPath, string? language, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        if (language is { Length: > 0 } && !language.Equals("en", StringComparison.OrdinalIgnoreCase) && !language.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            throw new VideoProcessingException("UNSUPPORTED", $"The built-in pocketsphinx recognizer knows English only, not '{language}'. Configure an OpenAI-compatible transcriber.");
        var (binary, modern) = FindBinary();
        var model = _options.ModelDirectory;
        if (!File.Exists(Path.Combine(model, "en-us.lm.bin")) || !Directory.Exists(Path.Combine(model, "en-us")))
            throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED", $"The pocketsphinx English model is missing at {model}: install pocketsphinx-en-us.");

        var scratch = AudioExtraction.ScratchFolder(_options.ScratchDirectory, "sphinx-");
        try
        {
            var wav = Path.Combine(scratch, "speech.wav");
            var duration = await AudioExtraction.ExtractAsync(mediaPath, wav, AudioExtraction.Wav16k, progress.Stage(0, 0.1), ct);
            string[] modelArgs = ["-hmm", Path.Combine(model, "en-us"), "-lm", Path.Combine(model, "en-us.lm.bin"), "-dict", Path.Combine(model, "cmudict-en-us.dict")];
            string[] args = modern ? [.. modelArgs, "single", wav] : ["-infile", wav, "-time", "yes", "-logfn", "/dev/null", .. modelArgs];
            var words = await RunAsync(binary, args, duration, progress.Stage(0.1, 1), ct);
            progress?.Report(new VideoProgress(1, "recognized"));
            return new Transcript("en", SphinxSegments.Group(words, _options.SegmentPauseSeconds, _options.MaxSegmentWords), Key);
        }
        finally
        {
            Directory.Delete(scratch, true);
        }
    }

    private (string Binary, bool Modern) FindBinary()
    {
        if (_options.Binary is { Length: > 0 } configured) return (configured, Path.GetFileName(configured) == "pocketsphinx");
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in new[] { "pocketsphinx_continuous", "pocketsphinx" })
            if (path.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists) is { } found) return (found, name == "pocketsphinx");
        throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED", "pocketsphinx is not installed (Debian packages pocketsphinx and pocketsphinx-en-us).");
    }

    private static async Task<List<(TimedWord Word, bool UtteranceEnd)>> RunAsync(string binary, string[] args, double duration, IProgress<VideoProgress> progress, CancellationToken ct)
    {
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED", $"pocketsphinx could not be started ({binary}): {e.Message}", inner: e);
        }
        using var kill = ct.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var words = new List<(TimedWord, bool)>();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync(CancellationToken.None)) is not null)
        {
            foreach (var word in SphinxOutput.Words(line))
            {
                words.Add((word, false));
                if (duration > 0) progress.Report(new VideoProgress(Math.Min(1, word.End / duration), "recognizing speech"));
            }
            if (line.StartsWith("</s>", StringComparison.Ordinal) && words.Count > 0) words[^1] = (words[^1].Item1, true);
        }
        await process.WaitForExitAsync(CancellationToken.None);
        ct.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
            throw new VideoProcessingException("PROVIDER_ERROR", $"pocketsphinx failed with exit code {process.ExitCode}: {Tail(await stderr)}");
        return words;
    }

    private static string Tail(string text) => text.Length > 400 ? text[^400..] : text;
}
