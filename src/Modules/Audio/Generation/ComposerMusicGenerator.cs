using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Generation.Synth;
using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Modules.Audio.Generation;

/// <summary>
/// The built-in <c>composer</c> provider of <c>music.generate</c>: chooses genre, mood, key, tempo and meter from the
/// request, its prompt words ("sad lofi at 80 bpm in D minor"), the reference analysis and the seed; writes a
/// structured piece as MIDI (<see cref="Composer"/>) and renders it with fluidsynth and a GM SoundFont when installed,
/// else with the built-in synthesizer; the audio is cut to the requested duration with a fade-out. The same request and
/// seed give the same MIDI bytes. Vocals are not sung: a voice-like GM instrument carries the melody instead.
/// </summary>
public sealed class ComposerMusicGenerator(ComposerOptions? options = null, FluidSynthRenderer? fluidSynth = null) : IMusicGenerator
{
    private static readonly int[] CommonTonics = [0, 7, 2, 9, 4, 5, 10, 3]; // C G D A E F Bb Eb

    private readonly ComposerOptions _options = options ?? new ComposerOptions();
    private readonly FluidSynthRenderer _fluidSynth = fluidSynth ?? new FluidSynthRenderer((options ?? new ComposerOptions()).SoundFont);

    public string Key => "composer";

    public string DisplayName => "Built-in composer (algorithmic, MIDI)";

    public bool BuiltIn => true;

    public async Task<GeneratedMusic> GenerateAsync(MusicGenerationRequest request, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ct.ThrowIfCancellationRequested();
        progress?.Report(new AudioProgress(0, "composing"));
        var (settings, notes) = Resolve(request);
        var composition = Composer.Compose(settings);
        var midiBytes = composition.Midi.ToBytes();
        progress?.Report(new AudioProgress(0.1, "rendering"));

        var useFluidSynth = _options.Renderer.ToLowerInvariant() switch
        {
            "fluidsynth" => true,
            "builtin" or "builtin-synth" => false,
            "auto" or "" => _fluidSynth.IsAvailable,
            var other => throw new AudioProcessingException("INVALID_INPUT", $"Unknown renderer '{other}' in {ComposerOptions.SectionName}:Renderer (auto, fluidsynth, builtin)."),
        };
        var sampleRate = Math.Clamp(_options.SampleRate, 8000, 192000);
        AudioBuffer rendered;
        if (useFluidSynth)
        {
            rendered = await _fluidSynth.RenderAsync(composition.Midi, sampleRate, ct);
        }
        else
        {
            var synthProgress = progress is null ? null : new Progress<double>(f => progress.Report(new AudioProgress(0.1 + 0.8 * f, "rendering")));
            rendered = await Task.Run(() => MidiSynthesizer.Render(composition.Midi, sampleRate, 2.0, synthProgress, ct), ct);
        }
        ct.ThrowIfCancellationRequested();
        progress?.Report(new AudioProgress(0.92, "finishing"));
        var audio = Fit(rendered, request.DurationSeconds, _options.FadeOutSeconds);

        var details = Describe(composition, request, useFluidSynth ? "fluidsynth" : "builtin-synth", notes);
        progress?.Report(new AudioProgress(1, "done"));
        return new GeneratedMusic(audio, midiBytes, settings.Bpm, settings.Key.Notation, details);
    }

    /// <summary>Validates the request and settles every choice; the notes say what was asked for but not available.</summary>
    internal static (CompositionSettings Settings, List<string> Notes) Resolve(MusicGenerationRequest request)
    {
        var notes = new List<string>();
        if (!double.IsFinite(request.DurationSeconds) || request.DurationSeconds is < 5 or > 600)
            throw new AudioProcessingException("INVALID_INPUT", $"The duration must be 5..600 seconds (got {MusicKey.Invariant(request.DurationSeconds)}).");
        if (request.Bpm is { } asked) PromptWords.CheckBpm(asked, "requested");
        var requestedKey = string.IsNullOrWhiteSpace(request.Key) ? (MusicKey?)null : MusicKey.Parse(request.Key);
        var reading = PromptWords.Read(request.Prompt);
        if (reading.Bpm is { } promptBpm) PromptWords.CheckBpm(promptBpm, "in the prompt");

        var seed = request.Seed ?? Random.Shared.Next();
        var random = new SeededRandom(seed * 7919L + 17);

        GenreStyle? style = null;
        if (!string.IsNullOrWhiteSpace(request.Genre))
        {
            style = GenreStyle.Find(request.Genre);
            if (style is null) notes.Add($"'{request.Genre}' is not one of the composer's styles ({string.Join(", ", GenreStyle.All.Select(g => g.Name))}); composed as pop.");
        }
        style ??= reading.Genre ?? (reading.Mood?.Name == "epic" ? GenreStyle.Cinematic : GenreStyle.Pop);

        Mood? mood = null;
        if (!string.IsNullOrWhiteSpace(request.Mood))
        {
            mood = Mood.Find(request.Mood);
            if (mood is null) notes.Add($"The mood '{request.Mood}' is not known; the prompt and genre decided.");
        }
        mood ??= reading.Mood ?? Mood.Neutral;

        var reference = request.Reference;
        var beatsPerBar = style == GenreStyle.Waltz ? 3
            : reading.BeatsPerBar ?? (reference?.TimeSignature is { BeatsPerBar: 3 or 4 } meter ? meter.BeatsPerBar : style.BeatsPerBar);

        MusicKey key;
        if (requestedKey is { } k) key = k;
        else if (reading.Key is { } pk) key = pk;
        else if (reference?.Key is { } rk && MusicKey.ParseTonic(rk.Tonic) is { } rt) key = new MusicKey(rt, rk.Minor);
        else key = new MusicKey(random.Pick(CommonTonics), mood.Minor ?? random.Chance(style.MinorChance));

        double bpm;
        if (request.Bpm is { } b) bpm = b;
        else if (reading.Bpm is { } pb) bpm = pb;
        else if (reference?.Tempo is { Bpm: >= 40 and <= 240 } rt2) bpm = Math.Round(rt2.Bpm, 1);
        else
        {
            var position = Math.Clamp(mood.TempoPosition + (random.NextDouble() - 0.5) * 0.3, 0, 1);
            bpm = Math.Round(style.MinBpm + position * (style.MaxBpm - style.MinBpm));
        }

        var barSeconds = beatsPerBar * 60 / bpm;
        var totalBars = Math.Max(1, (int)Math.Ceiling(request.DurationSeconds / barSeconds - 1e-6));

        var melody = style.MelodyProgram;
        var chords = style.ChordProgram;
        var bass = style.BassProgram;
        var pad = style.PadProgram;
        var drums = style.Drums is not null;
        if (request.Instruments is { Count: > 0 } wanted)
        {
            var melodic = new List<int>();
            foreach (var name in wanted)
            {
                if (GeneralMidi.IsDrumWord(name))
                {
                    drums = style.Drums is not null;
                    if (!drums) notes.Add($"The {style.Name} style has no drum part.");
                    continue;
                }
                if (GeneralMidi.Find(name) is not { } program)
                {
                    notes.Add($"'{name}' is not a General MIDI instrument; the style's choice was kept.");
                    continue;
                }
                if (GeneralMidi.IsBass(program)) bass = program;
                else melodic.Add(program);
            }
            if (melodic.Count >= 1) chords = melodic[0];
            melody = melodic.Count >= 2 ? melodic[1] : melodic.Count == 1 ? melodic[0] : melody;
            if (melodic.Count >= 3) pad = melodic[2];
        }
        if (!request.Instrumental || !string.IsNullOrWhiteSpace(request.Lyrics))
            melody = style == GenreStyle.Edm || style == GenreStyle.HipHop ? 54 : 53;

        return (new CompositionSettings(style, mood, key, bpm, beatsPerBar, totalBars, seed, melody, chords, bass, pad, drums), notes);
    }

    /// <summary>Cuts or pads to exactly <paramref name="seconds"/>, fades in 5 ms and out, and peaks at -1 dBFS.</summary>
    internal static AudioBuffer Fit(AudioBuffer audio, double seconds, double fadeOutSeconds)
    {
        var length = (int)Math.Round(seconds * audio.SampleRate);
        var fadeIn = (int)(0.005 * audio.SampleRate);
        var fadeOut = (int)(Math.Min(fadeOutSeconds, seconds / 4) * audio.SampleRate);
        var channels = new float[audio.ChannelCount][];
        var peak = 0f;
        for (var c = 0; c < channels.Length; c++)
        {
            var output = new float[length];
            Array.Copy(audio.Channels[c], output, Math.Min(length, audio.Length));
            for (var i = 0; i < Math.Min(fadeIn, length); i++) output[i] *= (float)i / fadeIn;
            for (var i = 0; i < fadeOut; i++)
            {
                // Equal-power (cosine) fade to silence at the last sample.
                var x = (double)i / fadeOut;
                output[length - fadeOut + i] *= (float)Math.Cos(x * Math.PI / 2);
            }
            foreach (var s in output) peak = Math.Max(peak, Math.Abs(s));
            channels[c] = output;
        }
        if (peak > 1e-6)
        {
            var gain = (float)(Math.Pow(10, -1 / 20.0) / peak);
            foreach (var channel in channels)
                for (var i = 0; i < channel.Length; i++) channel[i] *= gain;
        }
        return new AudioBuffer(audio.SampleRate, channels);
    }

    private static IReadOnlyDictionary<string, object?> Describe(Composition composition, MusicGenerationRequest request, string renderer, List<string> notes)
    {
        var s = composition.Settings;
        var barSeconds = s.BeatsPerBar * 60 / s.Bpm;
        var duration = request.DurationSeconds;
        var sections = composition.Sections
            .Where(x => x.StartBar * barSeconds < duration)
            .Select(x => new Dictionary<string, object?>
            {
                ["name"] = x.Name,
                ["startSeconds"] = Math.Round(x.StartBar * barSeconds, 3),
                ["endSeconds"] = Math.Round(Math.Min(duration, (x.StartBar + x.Bars) * barSeconds), 3),
                ["bars"] = x.Bars,
                ["progression"] = x.Progression.ToArray(),
                ["chords"] = x.ChordsByBar.Where((_, i) => i % s.Style.BarsPerChord == 0).Select(c => c.Symbol).ToArray(),
            })
            .ToArray();
        var instruments = new Dictionary<string, object?>
        {
            ["melody"] = GeneralMidi.Name(s.MelodyProgram),
            ["chords"] = GeneralMidi.Name(s.ChordProgram),
            ["bass"] = GeneralMidi.Name(s.BassProgram),
        };
        if (s.PadProgram is { } pad) instruments["pad"] = GeneralMidi.Name(pad);
        if (composition.Midi.Tracks.Any(t => t.Channel == GeneralMidi.DrumChannel)) instruments["drums"] = "Standard Drum Kit";

        var details = new Dictionary<string, object?>
        {
            ["provider"] = "composer",
            ["genre"] = s.Style.Name,
            ["mood"] = s.Mood.Name,
            ["key"] = s.Key.Notation,
            ["bpm"] = s.Bpm,
            ["meter"] = $"{s.BeatsPerBar}/4",
            ["bars"] = s.TotalBars,
            ["durationSeconds"] = duration,
            ["sections"] = sections,
            ["instruments"] = instruments,
            ["renderer"] = renderer,
            ["seed"] = s.Seed,
        };
        if (!request.Instrumental || !string.IsNullOrWhiteSpace(request.Lyrics))
            details["vocalsNote"] = $"Vocals are not sung: the melody is played by a voice-like instrument ({GeneralMidi.Name(s.MelodyProgram)})"
                + (string.IsNullOrWhiteSpace(request.Lyrics) ? "." : "; the lyrics are not set to it.");
        if (notes.Count > 0) details["notes"] = notes.ToArray();
        return details;
    }
}
