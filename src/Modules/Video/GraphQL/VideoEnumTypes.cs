using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Modules.Video.GraphQL;

internal sealed class VideoJobModeType() : NamedEnumType("VideoJobMode",
    "Spec VideoJobInput.mode (+ SUBTITLE; TIMELINE renders a timeline, PREVIEW makes proxies, thumbnail strips and waveforms).",
    "GENERATE", "EDIT", "MULTI_EXPORT", "SUBTITLE", "TIMELINE", "PREVIEW");

internal sealed class VideoOperationTypeType() : NamedEnumType("VideoOperationType", "Type of a video edit operation.",
    "AUTO_CUT_SILENCE", "AUTO_REFRAME", "ADD_SUBTITLE", "AUTO_TRANSITION", "AUTO_EFFECTS", "TRIM", "CONCAT", "ADD_AUDIO_TRACK",
    "SPEED", "OVERLAY", "NORMALIZE_AUDIO", "REMOVE_FILLER_WORDS");

internal sealed class ReframeStrategyType() : NamedEnumType("ReframeStrategy",
    "How content is fitted to a new aspect ratio: SMART_CROP follows the subject (faces, else motion or saliency) along a smoothed path; BLUR_PAD keeps the whole frame over a blurred copy.",
    "SMART_CROP", "CENTER_CROP", "LETTERBOX", "BLUR_PAD");

internal sealed class SubtitleModeType() : NamedEnumType("SubtitleMode",
    "Where subtitles come from: AUTO transcribes speech (or, for videos we generated, times captions from our own narration script); FROM_ASSET reads an SRT/VTT/ASS asset.",
    "AUTO", "FROM_ASSET");

internal sealed class SubtitleStyleType() : NamedEnumType("SubtitleStyle",
    "Subtitle look: STANDARD (two lines, bottom), TIKTOK (a few words at a time, current word highlighted), KARAOKE (words fill as spoken), MINIMAL.",
    "STANDARD", "TIKTOK", "KARAOKE", "MINIMAL");

internal sealed class OverlayPositionType() : NamedEnumType("OverlayPosition", "Where an overlay (watermark, logo) sits.",
    "TOP_LEFT", "TOP_RIGHT", "BOTTOM_LEFT", "BOTTOM_RIGHT", "CENTER");

internal sealed class VideoGenerationKindType() : NamedEnumType("VideoGenerationKind",
    "STORYBOARD: scenes with images, narration, music, motion and captions from a prompt or script; MUSIC_VIDEO: visuals cut on the beats and sections of a song.",
    "STORYBOARD", "MUSIC_VIDEO");

internal sealed class VideoPreviewKindType() : NamedEnumType("VideoPreviewKind",
    "Preview renders: PROXY (low-resolution copy for editing), THUMBNAIL_STRIP (evenly spaced frames in one image), WAVEFORM (the audio's waveform image).",
    "PROXY", "THUMBNAIL_STRIP", "WAVEFORM");
