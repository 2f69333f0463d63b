using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Modules.Audio.GraphQL;

internal sealed class AudioJobModeType() : NamedEnumType("AudioJobMode", "Kind of audio/music job.",
    "STEMS", "ANALYZE", "TAB", "GENERATE", "REMASTER", "PODCAST");

internal sealed class AudioOperationTypeType() : NamedEnumType("AudioOperationType", "Type of an audio operation.",
    "NOISE_REDUCTION", "EQUALIZE", "COMPRESS", "DE_ESS", "NORMALIZE", "CUT", "TRIM", "JOIN", "FADE", "REMOVE_SILENCE", "CLEAN");

internal sealed class EqPresetType() : NamedEnumType("EqPreset", "Equalizer preset.",
    "VOICE", "MUSIC", "WARM", "BRIGHT", "BASS_BOOST");

internal sealed class LoudnessPresetType() : NamedEnumType("LoudnessPreset",
    "Loudness targets: YOUTUBE and SPOTIFY -14 LUFS, APPLE_MUSIC -16, PODCAST -16, BROADCAST -23 (EBU R128); true peak -1 dBTP.",
    "YOUTUBE", "SPOTIFY", "APPLE_MUSIC", "PODCAST", "BROADCAST");

internal sealed class MusicAnalysisTaskType() : NamedEnumType("MusicAnalysisTask", "Music analysis tasks.",
    "BPM", "KEY", "TIME_SIGNATURE", "CHORDS", "SECTIONS", "ENERGY");

internal sealed class KeyModeType() : NamedEnumType("KeyMode", "Major or minor key.", "MAJOR", "MINOR");

internal sealed class SectionLabelType() : NamedEnumType("SectionLabel", "Song structure section.",
    "INTRO", "VERSE", "PRE_CHORUS", "CHORUS", "BRIDGE", "SOLO", "INSTRUMENTAL", "BREAKDOWN", "OUTRO", "OTHER");

internal sealed class InstrumentType() : NamedEnumType("Instrument", "Tab instrument (`tab_records.instrument`).", "GUITAR", "BASS", "UKULELE");

internal sealed class TabDifficultyType() : NamedEnumType("TabDifficulty", "Tab difficulty (`tab_records.difficulty`).", "EASY", "ORIGINAL", "ADVANCED");

internal sealed class TabFormatType() : NamedEnumType("TabFormat",
    "Tab file format (`tab_records.format`): TEXT (ASCII tab), GP5 (Guitar Pro 5, base64), MUSICXML (opens in MuseScore), CHORD_CHART (progression with fingering diagrams).",
    "TEXT", "GP5", "MUSICXML", "CHORD_CHART");
