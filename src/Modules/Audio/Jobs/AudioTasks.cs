using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Jobs.Queue;

namespace MediaCreator.Modules.Audio.Jobs;

/// <summary>The Music &amp; Audio module's worker tasks (spec names) and the providers each can run with.</summary>
internal static class AudioTasks
{
    public const string Module = "audio";
    public const string Stems = "audio.stems";
    public const string Analyze = "music.analyze";
    public const string Tab = "music.tab";
    public const string Generate = "music.generate";
    public const string Remaster = "audio.remaster";
    /// <summary>Podcast tools (spec <c>jobs.run_audio_task</c>).</summary>
    public const string Podcast = "jobs.run_audio_task";

    /// <summary>The built-in DSP provider of stems, analysis, tabs, remaster and podcast tools.</summary>
    public const string Dsp = "dsp";

    /// <summary>The built-in algorithmic composer.</summary>
    public const string Composer = "composer";

    public static readonly IReadOnlyList<string> All = [Stems, Analyze, Tab, Generate, Remaster, Podcast];

    private const string Schema = """
        {"type":"object","required":["mode"],"properties":{
          "mode":{"enum":["STEMS","ANALYZE","TAB","GENERATE","REMASTER","PODCAST"]},
          "sourceAssetIds":{"type":"array","items":{"type":"string"}},
          "stems":{"type":"array","items":{"enum":["VOCAL","DRUMS","BASS","OTHER","PIANO","GUITAR"]}},
          "analysisTasks":{"type":"array","items":{"enum":["BPM","KEY","TIME_SIGNATURE","CHORDS","SECTIONS","ENERGY"]}},
          "instrument":{"enum":["GUITAR","BASS","UKULELE"]},"difficulty":{"enum":["EASY","ORIGINAL","ADVANCED"]},
          "tabFormat":{"enum":["TEXT","GP5","MUSICXML","CHORD_CHART"]},
          "prompt":{"type":"string","maxLength":4000},"durationSeconds":{"type":"number","minimum":5,"maximum":600},
          "bpm":{"type":"number","minimum":40,"maximum":240},"key":{"type":"string","maxLength":16},
          "outputFormat":{"enum":["WAV","MP3","FLAC","AAC","OGG"]},"operations":{"type":"array"}}}
        """;

    private static CostProfile PerSecond(decimal unitCost) => new() { Currency = "USD", Unit = CostUnit.PerSecond, UnitCost = unitCost };

    public static readonly JobTaskDefinition StemsTask = new(Stems, Module, JobQueues.Audio, JobKind.AudioStems,
        "Separates vocal, drums, bass and other stems (dsp masking; onnx model file; external separation service).",
        Dsp, PerSecond(0m), Schema,
        [
            new("onnx", "ONNX Runtime separation model (user-supplied file)", PerSecond(0m), BuiltIn: true),
            new("separation-http", "External stem separation service", PerSecond(0.001m), BuiltIn: false),
        ]);

    public static readonly JobTaskDefinition AnalyzeTask = new(Analyze, Module, JobQueues.Music, JobKind.MusicAnalyze,
        "Analyzes BPM, time signature, key, chords, sections, energy and loudness.", Dsp, PerSecond(0m), Schema);

    public static readonly JobTaskDefinition TabTask = new(Tab, Module, JobQueues.Music, JobKind.MusicTab,
        "Writes guitar, bass or ukulele tabs (text, MusicXML, chord charts) from the chords and the transcribed melody.", Dsp, PerSecond(0m), Schema);

    public static readonly JobTaskDefinition GenerateTask = new(Generate, Module, JobQueues.Music, JobKind.MusicGenerate,
        "Composes music from a prompt (sections, chords, bass, drums, melody as MIDI) and renders it; or calls an external generator.",
        Composer, PerSecond(0m), Schema,
        [
            new("stable-audio", "Stability AI Stable Audio", new CostProfile { Currency = "USD", Unit = CostUnit.PerOutput, UnitCost = 0.20m }, BuiltIn: false),
            new("replicate-musicgen", "MusicGen on Replicate", new CostProfile { Currency = "USD", Unit = CostUnit.PerOutput, UnitCost = 0.05m }, BuiltIn: false),
        ]);

    public static readonly JobTaskDefinition RemasterTask = new(Remaster, Module, JobQueues.Audio, JobKind.AudioRemaster,
        "Noise reduction, EQ, compression, de-essing and loudness normalization (two-pass, true-peak limited).", Dsp, PerSecond(0m), Schema);

    public static readonly JobTaskDefinition PodcastTask = new(Podcast, Module, JobQueues.Audio, JobKind.PodcastEdit,
        "Podcast tools: cut, trim, join with crossfade, fades, silence removal, clean-up, chapters and tags.", Dsp, PerSecond(0m), Schema);
}
