using System.Diagnostics;
using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Speech;

/// <summary>
/// Built-in narration: espeak-ng speaks each phrase to its own WAV (<c>espeak-ng -v lang -s rate -w file</c>), the
/// phrases are joined with short pauses and timed from their samples. Languages are those <c>espeak-ng --voices</c>
/// lists (Thai included, as <c>th</c>); others are UNSUPPORTED.
/// </summary>
public sealed class EspeakSpeechSynthesizer(EspeakOptions? options = null) : ISpeechSynthesizer
{
    private readonly EspeakOptions _options = options ?? new EspeakOptions();
    private IReadOnlyList<string>? _voices;

    // espeak-ng names some languages by a regional voice only.
    private static readonly Dictionary<string, string> Preferred = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en-us", ["zh"] = "cmn", ["fr"] = "fr-fr", ["vi"] = "vi",
    };

    public string Key => "espeak-ng";

    public async Task<SpeechClip> SynthesizeAsync(IReadOnlyList<string> phrases, string language, string? voice, string wavPath, CancellationToken ct)
    {
        if (phrases.Count == 0 || phrases.Any(string.IsNullOrWhiteSpace))
            throw new VideoProcessingException("INVALID_INPUT", "Narration needs at least one phrase and no empty ones.");
        var espeakVoice = await ResolveVoiceAsync(language, voice, ct);
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(wavPath))!, $".espeak-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var spoken = new List<(string, WavAudio)>(phrases.Count);
            for (var i = 0; i < phrases.Count; i++)
            {
                var textFile = Path.Combine(folder, $"{i}.txt");
                var wav = Path.Combine(folder, $"{i}.wav");
                await File.WriteAllTextAsync(textFile, phrases[i].Trim(), ct);
                await RunAsync(["-v", espeakVoice, "-s", _options.WordsPerMinute.ToString(CultureInfo.InvariantCulture), "-b", "1", "-w", wav, "-f", textFile], ct);
                spoken.Add((phrases[i].Trim(), WavAudio.Read(await File.ReadAllBytesAsync(wav, ct), $"espeak-ng output for phrase {i + 1}")));
            }
            return await PhraseJoiner.JoinAsync(spoken, _options.PauseSeconds, wavPath, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Language codes espeak-ng has voices for (<c>espeak-ng --voices</c>, second column).</summary>
    public async Task<IReadOnlyList<string>> LanguagesAsync(CancellationToken ct)
    {
        if (_voices is not null) return _voices;
        var listing = await RunAsync(["--voices"], ct);
        _voices = listing.Split('\n').Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length >= 2).Select(c => c[1].ToLowerInvariant()).Distinct().ToList();
        return _voices;
    }

    private async Task<string> ResolveVoiceAsync(string language, string? voice, CancellationToken ct)
    {
        var languages = await LanguagesAsync(ct);
        if (!string.IsNullOrWhiteSpace(voice))
        {
            var name = voice.Split('+')[0].ToLowerInvariant();
            if (languages.Contains(name)) return voice;
        }
        var tag = language.Replace('_', '-').ToLowerInvariant();
        var primary = tag.Split('-')[0];
        if (languages.Contains(tag)) return tag;
        if (Preferred.TryGetValue(primary, out var preferred) && languages.Contains(preferred)) return preferred;
        if (languages.Contains(primary)) return primary;
        if (languages.FirstOrDefault(l => l.StartsWith(primary + "-", StringComparison.Ordinal)) is { } regional) return regional;
        throw new VideoProcessingException("UNSUPPORTED", $"espeak-ng has no voice for language '{language}'. Use the OpenAI-compatible speech provider for it.");
    }

    private async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(_options.Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new VideoProcessingException("UNSUPPORTED", $"espeak-ng could not be started ({_options.Binary}): {e.Message}. Install the Debian package espeak-ng.", inner: e);
        }
        using var kill = ct.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        ct.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
            throw new VideoProcessingException("UNSUPPORTED", $"espeak-ng failed (exit {process.ExitCode}): {(await stderr).Trim()}");
        return await stdout;
    }
}
