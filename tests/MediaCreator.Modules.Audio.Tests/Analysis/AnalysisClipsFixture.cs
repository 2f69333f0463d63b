using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Analysis;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Midi;
using MediaCreator.Modules.Audio.Tests.Support;

namespace MediaCreator.Modules.Audio.Tests.Analysis;

/// <summary>One clip of the accuracy set: its truth, our analysis and aubio's tempo on the same WAV.</summary>
internal sealed record AnalyzedClip(SongClip Clip, AudioBuffer Audio, MusicAnalysisResult Result, double? AubioBpm);

/// <summary>Renders the accuracy set once (fluidsynth, 22.05 kHz), writes each clip as WAV, analyses it with
/// <see cref="DspMusicAnalyzer"/> and runs aubio on the WAV.</summary>
public sealed class AnalysisClipsFixture : IAsyncLifetime
{
    public const int Rate = 22050;
    private readonly ScratchFolder _folder = new();

    internal IReadOnlyList<AnalyzedClip> Clips { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var renderer = new FluidSynthRenderer();
        var analyzer = new DspMusicAnalyzer();
        var clips = SongClips.AccuracySet();
        var results = new AnalyzedClip[clips.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, clips.Count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, ct) =>
        {
            var clip = clips[i];
            var audio = await renderer.RenderAsync(clip.Midi, Rate, ct);
            var wav = _folder.File($"{clip.Name}.wav");
            await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Wav, wav, ct: ct);
            var result = analyzer.Analyze(audio, MusicAnalysisTasks.All, null, ct);
            var aubio = AubioTempo.IsAvailable ? await AubioTempo.BpmAsync(wav) : null;
            results[i] = new AnalyzedClip(clip, audio, result, aubio);
        });
        Clips = results;
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
