using System.Diagnostics;
using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Generation;
using MediaCreator.Modules.Audio.Generation.Synth;
using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Bench.Audio;

/// <summary>
/// The composer: time to write the MIDI, render it with the built-in synthesizer and with fluidsynth (as multiples of
/// real time), and the tempo <c>aubio beat</c> finds in each render (median inter-beat interval) next to the asked one.
/// Usage: generation [seconds=60] [sampleRate=44100]
/// </summary>
public sealed class GenerationBench : IAudioBench
{
    public string Name => "generation";

    public string Description => "composer: compose + builtin synth + fluidsynth speed (x real time), aubio tempo of the renders";

    public async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 44100;
        (string Prompt, double Bpm, string Key)[] cases =
        [
            ("pop", 120, "C:maj"), ("lofi", 80, "D:min"), ("house", 126, "A:min"), ("rock", 140, "E:maj"),
            ("folk", 100, "G:maj"), ("hip hop", 92, "F:min"), ("jazz", 150, "Bb:maj"), ("reggae", 84, "G:maj"), ("waltz", 132, "D:maj"),
        ];
        var folder = Directory.CreateTempSubdirectory("mediacreator-bench-generation-");
        var fluid = new FluidSynthRenderer();
        Console.WriteLine($"{seconds} s pieces at {rate} Hz; fluidsynth available: {fluid.IsAvailable}");
        Console.WriteLine($"{"genre",-8} {"bpm",5} {"compose ms",10} {"synth x RT",10} {"fluid x RT",10} {"aubio synth",11} {"aubio fluid",11}");
        try
        {
            foreach (var (prompt, bpm, key) in cases)
            {
                var request = new MusicGenerationRequest(prompt, seconds, Bpm: bpm, Key: key, Seed: 1);
                var clock = Stopwatch.StartNew();
                var (settings, _) = ComposerMusicGenerator.Resolve(request);
                var composition = Composer.Compose(settings);
                var composeMs = clock.Elapsed.TotalMilliseconds;

                clock.Restart();
                var synth = ComposerMusicGenerator.Fit(MidiSynthesizer.Render(composition.Midi, rate), seconds, 2);
                var synthSpeed = seconds / clock.Elapsed.TotalSeconds;
                var synthBpm = await AubioAsync(synth, Path.Combine(folder.FullName, "synth.wav"));

                string fluidSpeed = "-", fluidBpm = "-";
                if (fluid.IsAvailable)
                {
                    clock.Restart();
                    var rendered = ComposerMusicGenerator.Fit(await fluid.RenderAsync(composition.Midi, rate), seconds, 2);
                    fluidSpeed = (seconds / clock.Elapsed.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture);
                    fluidBpm = (await AubioAsync(rendered, Path.Combine(folder.FullName, "fluid.wav"))).ToString("0.0", CultureInfo.InvariantCulture);
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{settings.Style.Name,-8} {bpm,5} {composeMs,10:0.0} {synthSpeed,10:0.0} {fluidSpeed,10} {synthBpm,11:0.0} {fluidBpm,11}"));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Median inter-beat tempo from <c>aubio beat</c>, with the hop scaled to ~11.6 ms whatever the rate.</summary>
    private static async Task<double> AubioAsync(AudioBuffer audio, string path)
    {
        await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Wav, path);
        var hop = Math.Max(64, (int)Math.Round(512.0 * audio.SampleRate / 44100));
        var start = new ProcessStartInfo("aubio") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["beat", "-B", (2 * hop).ToString(CultureInfo.InvariantCulture), "-H", hop.ToString(CultureInfo.InvariantCulture), "-i", path])
            start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var beats = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
            if (beats.Length < 3) return double.NaN;
            var intervals = beats.Zip(beats.Skip(1), (a, b) => b - a).Order().ToArray();
            return 60 / intervals[intervals.Length / 2];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return double.NaN; // aubio-tools not installed
        }
    }
}
