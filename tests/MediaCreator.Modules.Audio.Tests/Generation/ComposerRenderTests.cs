using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Generation;
using MediaCreator.Modules.Audio.Tests.Support;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Generation;

/// <summary>A piece to render once per test run, with the renderer to use.</summary>
public sealed record RenderCase(string Name, MusicGenerationRequest Request, string Renderer, double ExpectedBpm, string ExpectedKey);

/// <summary>Renders the pieces once (both render paths), writes them as WAV and runs aubio on them.</summary>
public sealed class ComposerRenderFixture : IAsyncLifetime
{
    public static readonly RenderCase[] Cases =
    [
        new("pop-fluidsynth", new MusicGenerationRequest("an upbeat pop song", 16, Bpm: 120, Key: "C:maj", Seed: 11), "fluidsynth", 120, "C:maj"),
        new("lofi-fluidsynth", new MusicGenerationRequest("sad lofi at 80 bpm in D minor", 18, Seed: 12), "fluidsynth", 80, "D:min"),
        new("rock-fluidsynth", new MusicGenerationRequest("rock anthem", 15, Bpm: 140, Key: "E:maj", Seed: 13), "fluidsynth", 140, "E:maj"),
        new("house-builtin", new MusicGenerationRequest("energetic house track", 15, Bpm: 126, Key: "A:min", Seed: 14), "builtin", 126, "A:min"),
        new("folk-builtin", new MusicGenerationRequest("a folk song", 16, Bpm: 100, Key: "G:maj", Seed: 15), "builtin", 100, "G:maj"),
        new("hiphop-builtin", new MusicGenerationRequest("dark hip hop beat", 16, Bpm: 92, Key: "F:min", Seed: 16, Instrumental: false), "builtin", 92, "F:min"),
    ];

    private readonly ScratchFolder _folder = new();

    public Dictionary<string, (GeneratedMusic Music, string Wav, double AubioBpm, int Beats)> Results { get; } = [];

    public async Task InitializeAsync()
    {
        foreach (var c in Cases)
        {
            var generator = new ComposerMusicGenerator(new ComposerOptions { SampleRate = 22050, Renderer = c.Renderer });
            var music = await generator.GenerateAsync(c.Request, null, CancellationToken.None);
            var wav = _folder.File(c.Name + ".wav");
            await AudioEncoder.EncodeAsync(music.Audio, AudioFileFormat.Wav, wav);
            var (bpm, beats) = MusicChecks.AubioMedianBpm(wav);
            Results[c.Name] = (music, wav, bpm, beats);
        }
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ComposerRenderTests(ComposerRenderFixture fixture, ITestOutputHelper output) : IClassFixture<ComposerRenderFixture>
{
    public static TheoryData<string> CaseNames() => new(ComposerRenderFixture.Cases.Select(c => c.Name));

    private (RenderCase Case, GeneratedMusic Music, string Wav, double AubioBpm, int Beats) Get(string name)
    {
        var c = ComposerRenderFixture.Cases.Single(x => x.Name == name);
        var (music, wav, bpm, beats) = fixture.Results[name];
        return (c, music, wav, bpm, beats);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Render_is_non_silent_stereo_of_the_requested_duration(string name)
    {
        var (c, music, _, _, _) = Get(name);
        Assert.Equal(2, music.Audio.ChannelCount);
        Assert.Equal(c.Request.DurationSeconds, music.Audio.DurationSeconds, 2);
        Assert.Equal(c.Renderer == "builtin" ? "builtin-synth" : "fluidsynth", music.Details["renderer"]);
        // Sound throughout (checked second by second up to the fade), peak at -1 dBFS, silence at the very end.
        for (var t = 0.0; t + 1 < c.Request.DurationSeconds - 2; t += 1)
            Assert.True(MusicChecks.Rms(music.Audio, t, t + 1) > 0.01, $"{name}: quiet between {t} and {t + 1} s");
        Assert.InRange(music.Audio.Peak(), 0.85, 0.9);
        Assert.True(MusicChecks.Rms(music.Audio, c.Request.DurationSeconds - 0.02, c.Request.DurationSeconds) < 0.01);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Aubio_finds_the_requested_tempo_within_4_percent(string name)
    {
        var (c, music, _, bpm, beats) = Get(name);
        output.WriteLine($"{name}: requested {c.ExpectedBpm} BPM, aubio beat median {bpm:0.00} BPM over {beats} beats");
        Assert.Equal(c.ExpectedBpm, music.Bpm);
        Assert.InRange(bpm, c.ExpectedBpm * 0.96, c.ExpectedBpm * 1.04);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Key_profiles_find_the_requested_key_in_the_notes_and_in_the_audio(string name)
    {
        var (c, music, _, _, _) = Get(name);
        Assert.Equal(c.ExpectedKey, music.Key);
        var midi = MidiReader.Read(music.Midi!);
        var fromNotes = MusicChecks.BestKey(MusicChecks.NoteHistogram(midi));
        var fromAudio = MusicChecks.BestKey(MusicChecks.AudioChroma(music.Audio));
        output.WriteLine($"{name}: notes → {fromNotes.Key} (r={fromNotes.Correlation:0.000}, margin {fromNotes.Margin:0.000}); "
            + $"audio chroma → {fromAudio.Key} (r={fromAudio.Correlation:0.000}, margin {fromAudio.Margin:0.000})");
        Assert.Equal(c.ExpectedKey, fromNotes.Key);
        Assert.Equal(c.ExpectedKey, fromAudio.Key);
    }
}
