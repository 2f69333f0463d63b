using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Generation;

namespace MediaCreator.Modules.Audio.Tests.Generation;

/// <summary>The composer's choices and the MIDI it writes (read back with the test's own SMF reader).</summary>
public sealed class ComposerTests
{
    private static readonly int[] GmDrumKeys = Enumerable.Range(35, 47).ToArray();

    private static (CompositionSettings Settings, Composition Composition, MidiReader Midi) Compose(MusicGenerationRequest request)
    {
        var (settings, _) = ComposerMusicGenerator.Resolve(request);
        var composition = Composer.Compose(settings);
        return (settings, composition, MidiReader.Read(composition.Midi.ToBytes()));
    }

    private static ComposerMusicGenerator BuiltIn() => new(new ComposerOptions { SampleRate = 16000, Renderer = "builtin" });

    [Fact]
    public async Task Same_request_and_seed_give_the_same_MIDI_bytes_and_another_seed_another_piece()
    {
        var request = new MusicGenerationRequest("happy pop song", 6, Seed: 1234);
        var first = await BuiltIn().GenerateAsync(request, null, CancellationToken.None);
        var second = await BuiltIn().GenerateAsync(request, null, CancellationToken.None);
        var other = Compose(request with { Seed = 1235 }).Composition.Midi.ToBytes();

        Assert.Equal(first.Midi, second.Midi);
        Assert.Equal(first.Midi, Compose(request).Composition.Midi.ToBytes());
        Assert.Equal(first.Audio.Channels[0], second.Audio.Channels[0]);
        Assert.Equal(1234L, first.Details["seed"]);
        Assert.NotEqual(first.Midi, other);
    }

    [Theory]
    [InlineData("sad lofi at 80 bpm in D minor", "lofi", "sad", 80.0, "D:min", 4)]
    [InlineData("an uplifting pop anthem in G major, 118 BPM", "pop", "happy", 118.0, "G:maj", 4)]
    [InlineData("epic orchestral trailer music in C# minor at 90 bpm", "cinematic", "epic", 90.0, "C#:min", 4)]
    [InlineData("dark techno 128 bpm in f minor", "edm", "dark", 128.0, "F:min", 4)]
    [InlineData("a gentle waltz in Bb", "waltz", "calm", null, "Bb:maj", 3)]
    [InlineData("chill jazz in the key of Eb major", "jazz", "calm", null, "Eb:maj", 4)]
    [InlineData("melancholic hip-hop beat", "hiphop", "sad", null, null, 4)]
    [InlineData("acoustic folk tune, 3/4", "folk", "neutral", null, null, 3)]
    public void Prompt_words_set_genre_mood_tempo_key_and_meter(string prompt, string genre, string mood, double? bpm, string? key, int meter)
    {
        var (settings, _) = ComposerMusicGenerator.Resolve(new MusicGenerationRequest(prompt, 30, Seed: 5));

        Assert.Equal(genre, settings.Style.Name);
        Assert.Equal(mood, settings.Mood.Name);
        Assert.Equal(meter, settings.BeatsPerBar);
        if (bpm is { } b) Assert.Equal(b, settings.Bpm);
        else Assert.InRange(settings.Bpm, settings.Style.MinBpm, settings.Style.MaxBpm);
        if (key is not null) Assert.Equal(key, settings.Key.Notation);
        // Sad and dark moods choose minor keys when the prompt names none.
        if (key is null && mood is "sad" or "dark") Assert.True(settings.Key.Minor);
    }

    [Fact]
    public void Calm_is_slower_than_energetic_in_the_same_genre_and_options_override_the_prompt()
    {
        var calm = ComposerMusicGenerator.Resolve(new MusicGenerationRequest("calm pop", 30, Seed: 9)).Settings;
        var energetic = ComposerMusicGenerator.Resolve(new MusicGenerationRequest("energetic pop", 30, Seed: 9)).Settings;
        Assert.True(calm.Bpm < energetic.Bpm, $"{calm.Bpm} vs {energetic.Bpm}");

        var explicitOptions = ComposerMusicGenerator.Resolve(new MusicGenerationRequest("sad lofi at 80 bpm in D minor", 30,
            Genre: "Rock", Mood: "happy", Bpm: 150, Key: "E:maj", Seed: 9)).Settings;
        Assert.Equal(("rock", "happy", 150.0, "E:maj"), (explicitOptions.Style.Name, explicitOptions.Mood.Name, explicitOptions.Bpm, explicitOptions.Key.Notation));
    }

    [Fact]
    public void A_reference_analysis_gives_tempo_key_and_meter_when_none_are_asked()
    {
        var reference = new MusicAnalysisResult(60, new TempoEstimate(97, 0.9, []), new KeyEstimate("E", true, 0.8),
            new MeterEstimate(3, 4, 0.7), [], [], [], null);
        var settings = ComposerMusicGenerator.Resolve(new MusicGenerationRequest("something like this", 20, Seed: 1, Reference: reference)).Settings;
        Assert.Equal((97.0, "E:min", 3), (settings.Bpm, settings.Key.Notation, settings.BeatsPerBar));
    }

    [Theory]
    [InlineData(15, 120, 4)]
    [InlineData(17.3, 93, 4)]
    [InlineData(60, 128, 4)]
    [InlineData(200, 76, 4)]
    [InlineData(45, 140, 3)]
    [InlineData(5, 40, 4)]
    [InlineData(600, 240, 4)]
    public void Sections_fill_the_duration_in_whole_bars(double seconds, double bpm, int meter)
    {
        var prompt = meter == 3 ? "a waltz" : "pop";
        var (settings, composition, midi) = Compose(new MusicGenerationRequest(prompt, seconds, Bpm: bpm, Seed: 3));
        var barSeconds = meter * 60 / bpm;

        Assert.Equal(meter, midi.BeatsPerBar);
        Assert.Equal(bpm, midi.Bpm, 2);
        var bars = composition.Sections.Sum(s => s.Bars);
        Assert.Equal(settings.TotalBars, bars);
        Assert.True(bars * barSeconds >= seconds - 1e-9 && bars * barSeconds < seconds + barSeconds, $"{bars} bars of {barSeconds:0.###} s for {seconds} s");
        var next = 0;
        foreach (var section in composition.Sections)
        {
            Assert.Equal(next, section.StartBar);
            Assert.True(section.Bars >= 1);
            Assert.Equal(section.Bars, section.ChordsByBar.Count);
            next += section.Bars;
        }
        if (bars >= 24)
        {
            Assert.Equal("intro", composition.Sections[0].Name);
            Assert.Equal("outro", composition.Sections[^1].Name);
            Assert.Contains(composition.Sections, s => s.Name == "verse");
            Assert.Contains(composition.Sections, s => s.Name == "chorus");
        }
        // Nothing sounds after the last bar, and the piece ends on the tonic chord.
        Assert.True(midi.Notes.Max(n => n.StartBeat + n.DurationBeats) <= bars * meter + 1e-6);
        Assert.Equal(settings.Key.Tonic, composition.Sections[^1].ChordsByBar[^1].Root);
    }

    [Fact]
    public async Task Details_list_sections_in_seconds_up_to_the_duration_with_progressions_and_instruments()
    {
        var music = await BuiltIn().GenerateAsync(new MusicGenerationRequest("pop", 24, Bpm: 150, Key: "A:min", Seed: 8), null, CancellationToken.None);
        var sections = Assert.IsType<Dictionary<string, object?>[]>(music.Details["sections"]);

        Assert.Equal(0.0, sections[0]["startSeconds"]);
        for (var i = 1; i < sections.Length; i++) Assert.Equal(sections[i - 1]["endSeconds"], sections[i]["startSeconds"]);
        Assert.Equal(24.0, sections[^1]["endSeconds"]);
        Assert.Equal(["intro", "verse", "chorus", "outro"], sections.Select(x => (string)x["name"]!).Distinct().ToArray());
        Assert.All(sections, s => Assert.NotEmpty((string[])s["progression"]!));
        Assert.Contains((string[])sections[1]["chords"]!, c => c is "Am" or "F" or "C" or "G" or "Dm" or "E");
        Assert.Equal(("pop", "A:min", 150.0, "4/4", "builtin-synth"),
            ((string)music.Details["genre"]!, (string)music.Details["key"]!, (double)music.Details["bpm"]!, (string)music.Details["meter"]!, (string)music.Details["renderer"]!));
        Assert.Equal(24.0, music.Audio.DurationSeconds, 3);
        var instruments = Assert.IsType<Dictionary<string, object?>>(music.Details["instruments"]);
        Assert.Equal("Lead 1 (square)", instruments["melody"]);
        Assert.Equal("Electric Bass (finger)", instruments["bass"]);
        Assert.False(music.Details.ContainsKey("vocalsNote"));
    }

    [Theory]
    [InlineData("pop", "C:maj")]
    [InlineData("rock", "E:min")]
    [InlineData("house", "F#:min")]
    [InlineData("jazz", "Bb:maj")]
    [InlineData("reggae", "G:maj")]
    public void Drums_play_GM_keys_on_channel_9_with_fills_and_crashes_at_section_changes(string genre, string key)
    {
        var (settings, composition, midi) = Compose(new MusicGenerationRequest(genre, 60, Key: key, Seed: 21));
        var drums = midi.Notes.Where(n => n.Channel == 9).ToList();
        var beats = settings.BeatsPerBar;

        Assert.NotEmpty(drums);
        Assert.All(drums, n => Assert.Contains(n.Pitch, GmDrumKeys));
        // The beat is there: every bar has a kick or a ride on its downbeat, except where a fill runs.
        var downbeats = Enumerable.Range(0, settings.TotalBars)
            .Count(bar => drums.Any(n => Math.Abs(n.StartBeat - bar * beats) < 1e-6 && n.Pitch is 36 or 51));
        Assert.True(downbeats >= settings.TotalBars - 1, $"{downbeats} of {settings.TotalBars} downbeats");
        foreach (var section in composition.Sections.Skip(1))
        {
            var start = section.StartBar * beats;
            Assert.Contains(drums, n => Math.Abs(n.StartBeat - start) < 1e-6 && n.Pitch == 49);
            Assert.Contains(drums, n => n.StartBeat >= start - beats && n.StartBeat < start && n.Pitch is 41 or 45 or 47 or 50);
        }
        Assert.DoesNotContain(midi.Notes, n => n.Channel != 9 && n.Channel > 3);
    }

    [Fact]
    public void Ambient_has_no_drums()
    {
        var (_, _, midi) = Compose(new MusicGenerationRequest("ambient soundscape", 30, Seed: 2));
        Assert.DoesNotContain(midi.Notes, n => n.Channel == 9);
        Assert.Contains(midi.Notes, n => n.Channel == Composition.BassChannel);
    }

    [Theory]
    [InlineData("pop", "C:maj")]
    [InlineData("rock", "E:maj")]
    [InlineData("jazz", "F:maj")]
    [InlineData("lofi", "D:min")]
    [InlineData("edm", "A:min")]
    [InlineData("folk", "G:maj")]
    [InlineData("reggae", "Bb:maj")]
    [InlineData("cinematic", "C#:min")]
    [InlineData("waltz", "Eb:maj")]
    [InlineData("hip hop", "B:min")]
    public void Bass_sits_in_the_bass_range_and_the_melody_is_in_key_and_singable(string genre, string key)
    {
        var (settings, _, midi) = Compose(new MusicGenerationRequest(genre, 45, Key: key, Seed: 31));
        var bass = midi.Notes.Where(n => n.Channel == Composition.BassChannel).ToList();
        var melody = midi.Notes.Where(n => n.Channel == Composition.MelodyChannel).ToList();

        Assert.NotEmpty(bass);
        Assert.All(bass, n => Assert.InRange(n.Pitch, 28, 60)); // E1..C4
        Assert.True(bass.Average(n => n.Pitch) < 48);

        Assert.True(melody.Count >= settings.TotalBars, $"{melody.Count} melody notes in {settings.TotalBars} bars");
        var diatonic = melody.Count(n => settings.Key.IsDiatonic(n.Pitch)) / (double)melody.Count;
        Assert.True(diatonic >= 0.9, $"{diatonic:P0} of the melody is in {key}");
        Assert.InRange(melody.Min(n => n.Pitch), 52, 84);
        Assert.InRange(melody.Max(n => n.Pitch), 52, 84);
        Assert.True(melody.Max(n => n.Pitch) - melody.Min(n => n.Pitch) <= 19, "within about an octave and a half");
        // Melodies move mostly by step: the median interval is at most a third.
        var intervals = melody.OrderBy(n => n.StartBeat).Zip(melody.OrderBy(n => n.StartBeat).Skip(1), (a, b) => Math.Abs(b.Pitch - a.Pitch)).Order().ToList();
        Assert.True(intervals[intervals.Count / 2] <= 4);
        // Motif repetition: some bar's melody rhythm recurs.
        var rhythms = melody.GroupBy(n => (int)(n.StartBeat / settings.BeatsPerBar))
            .Select(g => string.Join(",", g.Select(n => Math.Round(n.StartBeat % settings.BeatsPerBar, 2)))).ToList();
        Assert.True(rhythms.Count - rhythms.Distinct().Count() >= 2);
        Assert.Equal(settings.Key.Notation, key);
        Assert.Equal((settings.Key.Accidentals, settings.Key.Minor), midi.KeySignature);
    }

    [Fact]
    public async Task A_vocal_request_gives_the_melody_to_a_voice_and_says_vocals_are_not_sung()
    {
        var music = await BuiltIn().GenerateAsync(new MusicGenerationRequest("folk ballad", 8, Instrumental: false, Lyrics: "la la la", Seed: 4), null, CancellationToken.None);
        var midi = MidiReader.Read(music.Midi!);

        Assert.All(midi.Notes.Where(n => n.Channel == Composition.MelodyChannel), n => Assert.Equal(53, n.Program)); // Voice Oohs
        Assert.Contains("not sung", (string)music.Details["vocalsNote"]!);
        Assert.Contains("Voice Oohs", (string)music.Details["vocalsNote"]!);
    }

    [Fact]
    public void Requested_instruments_take_their_roles()
    {
        var (settings, _, midi) = Compose(new MusicGenerationRequest("pop", 10, Instruments: ["strings", "Flute", "upright bass", "drums"], Seed: 4));
        Assert.Equal((48, 73, 32), (settings.ChordProgram, settings.MelodyProgram, settings.BassProgram));
        Assert.Contains(midi.Notes, n => n.Channel == Composition.ChordChannel && n.Program == 48);
        Assert.Contains(midi.Notes, n => n.Channel == 9);
    }

    [Theory]
    [InlineData(4.9, null, null, "")]
    [InlineData(601, null, null, "")]
    [InlineData(30, 39.0, null, "")]
    [InlineData(30, 241.0, null, "")]
    [InlineData(30, null, "H:maj", "")]
    [InlineData(30, null, "A:dorian", "")]
    [InlineData(30, null, null, "techno at 300 bpm")]
    public async Task Invalid_requests_are_refused_as_invalid_input(double seconds, double? bpm, string? key, string prompt)
    {
        var error = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            BuiltIn().GenerateAsync(new MusicGenerationRequest(prompt, seconds, Bpm: bpm, Key: key), null, CancellationToken.None));
        Assert.Equal("INVALID_INPUT", error.Code);
    }

    [Theory]
    [InlineData("A:min", 9, true)]
    [InlineData("C:maj", 0, false)]
    [InlineData("F#:minor", 6, true)]
    [InlineData("Bb major", 10, false)]
    [InlineData("Ebm", 3, true)]
    [InlineData("G", 7, false)]
    public void Keys_parse_in_spec_and_common_notations(string text, int tonic, bool minor) =>
        Assert.Equal(new MusicKey(tonic, minor), MusicKey.Parse(text));

    [Fact]
    public void Roman_numerals_become_chords_in_the_key()
    {
        var aMinor = new MusicKey(9, true);
        var c = new MusicKey(0, false);
        Assert.Equal("E7", RomanNumerals.Parse("V7", aMinor).Symbol);
        Assert.Equal([4, 8, 11, 2], RomanNumerals.Parse("V7", aMinor).PitchClasses.ToArray());
        Assert.Equal("F", RomanNumerals.Parse("VI", aMinor).Symbol);
        Assert.Equal("Bb", RomanNumerals.Parse("bVII", c).Symbol);
        Assert.Equal("Dm7", RomanNumerals.Parse("ii7", c).Symbol);
        Assert.Equal("Bm7b5", RomanNumerals.Parse("iiø7", aMinor).Symbol);
    }

    [Fact]
    public async Task Progress_rises_to_one_and_cancellation_stops_the_render()
    {
        var reports = new List<AudioProgress>();
        var progress = new SynchronousProgress(reports.Add);
        await BuiltIn().GenerateAsync(new MusicGenerationRequest("pop", 6, Seed: 1), progress, CancellationToken.None);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.Fraction >= p.First.Fraction));

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            BuiltIn().GenerateAsync(new MusicGenerationRequest("pop", 60, Seed: 1), null, cancelled.Token));
    }

    private sealed class SynchronousProgress(Action<AudioProgress> report) : IProgress<AudioProgress>
    {
        public void Report(AudioProgress value) => report(value);
    }
}
