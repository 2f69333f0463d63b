using System.Diagnostics;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;

namespace MediaCreator.Modules.Audio.Midi;

/// <summary>
/// Renders MIDI to audio with fluidsynth and a General MIDI SoundFont (Debian: fluidsynth + fluid-soundfont-gm).
/// <see cref="IsAvailable"/> says whether both are installed; callers fall back to the built-in synthesizer otherwise.
/// </summary>
public sealed class FluidSynthRenderer(string? soundFontPath = null)
{
    private static readonly string[] KnownSoundFonts =
    [
        "/usr/share/sounds/sf2/FluidR3_GM.sf2",
        "/usr/share/sounds/sf2/default-GM.sf2",
        "/usr/share/sounds/sf2/TimGM6mb.sf2",
        "/usr/share/soundfonts/default.sf2",
        "/usr/share/soundfonts/FluidR3_GM.sf2",
    ];

    /// <summary>The SoundFont used: the configured one, else the first GM SoundFont found.</summary>
    public string? SoundFont { get; } = soundFontPath is { Length: > 0 } ? soundFontPath : KnownSoundFonts.FirstOrDefault(File.Exists);

    public bool IsAvailable => SoundFont is not null && File.Exists(SoundFont) && FindBinary() is not null;

    /// <summary>Renders <paramref name="midi"/> to stereo PCM at <paramref name="sampleRate"/>.</summary>
    public async Task<AudioBuffer> RenderAsync(MidiFile midi, int sampleRate = 44100, CancellationToken ct = default)
    {
        var binary = FindBinary() ?? throw new AudioProcessingException("UNSUPPORTED", "fluidsynth is not installed.");
        if (SoundFont is null || !File.Exists(SoundFont))
            throw new AudioProcessingException("UNSUPPORTED", "No General MIDI SoundFont found (install fluid-soundfont-gm or set Audio:SoundFont).");
        var folder = Directory.CreateTempSubdirectory("mediacreator-fluidsynth-");
        try
        {
            var midiPath = Path.Combine(folder.FullName, "in.mid");
            var wavPath = Path.Combine(folder.FullName, "out.wav");
            await File.WriteAllBytesAsync(midiPath, midi.ToBytes(), ct);
            var start = new ProcessStartInfo(binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var a in (string[])["-n", "-i", "-q", "-g", "0.5", "-r", sampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
                         "-o", "synth.reverb.active=0", "-o", "synth.chorus.active=0", "-T", "wav", "-F", wavPath, SoundFont, midiPath])
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            using var kill = ct.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            await process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            await process.WaitForExitAsync(CancellationToken.None);
            ct.ThrowIfCancellationRequested();
            if (process.ExitCode != 0 || !File.Exists(wavPath))
                throw new AudioProcessingException("PROVIDER_ERROR", $"fluidsynth failed ({process.ExitCode}): {(await stderr).Trim()}");
            return await AudioDecoder.DecodeAsync(wavPath, sampleRate, 2, ct: ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? FindBinary() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "fluidsynth"))
            .FirstOrDefault(File.Exists);
}
