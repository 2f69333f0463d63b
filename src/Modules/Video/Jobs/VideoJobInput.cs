namespace MediaCreator.Modules.Video.Jobs;

/// <summary>
/// The stored <c>VideoJobInput</c> (Job.input_payload) of every video task. Enum-valued members hold the contract's
/// names (GENERATE, RATIO_9_16, SMART_CROP, TIKTOK...); asset ids are database ids (the mutations decode and check
/// global ids). Fields used depend on <see cref="Mode"/>.
/// </summary>
internal sealed record VideoJobInput
{
    /// <summary>GENERATE, EDIT, MULTI_EXPORT, SUBTITLE, TIMELINE or PREVIEW.</summary>
    public required string Mode { get; init; }

    public string? Prompt { get; init; }

    /// <summary>GENERATE: narration script (one scene per sentence or paragraph); planned from the prompt when absent.</summary>
    public string? Script { get; init; }

    public double? DurationSeconds { get; init; }

    public string? AspectRatio { get; init; }

    public VideoResolution? Resolution { get; init; }

    public double? Fps { get; init; }

    public string? Style { get; init; }

    /// <summary>BCP 47 language of narration and captions.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<Guid>? SourceAssetIds { get; init; }

    /// <summary>GENERATE: STORYBOARD or MUSIC_VIDEO.</summary>
    public string? Kind { get; init; }

    public bool? Narration { get; init; }

    public string? Voice { get; init; }

    /// <summary>GENERATE: caption style burned in (STANDARD, TIKTOK, KARAOKE, MINIMAL); none when null.</summary>
    public string? CaptionStyle { get; init; }

    /// <summary>GENERATE: the song (MUSIC_VIDEO) or background music.</summary>
    public Guid? MusicAssetId { get; init; }

    /// <summary>GENERATE: compose background music through a <c>music.generate</c> job when no music asset is given.</summary>
    public bool? GenerateMusic { get; init; }

    public string? MusicMood { get; init; }

    /// <summary>GENERATE MUSIC_VIDEO: render the best 15/30/60 s of the song instead of all of it.</summary>
    public int? ShortVersionSeconds { get; init; }

    /// <summary>GENERATE: provider of the scene images (image.generate), the image module's default when null.</summary>
    public string? ImageProvider { get; init; }

    public IReadOnlyList<VideoOperationSpec>? Operations { get; init; }

    public IReadOnlyList<VideoExportTargetSpec>? ExportTargets { get; init; }

    public SubtitleOptionsSpec? Subtitle { get; init; }

    /// <summary>TIMELINE: the timeline and the revision to render.</summary>
    public Guid? TimelineId { get; init; }

    public int? TimelineRevision { get; init; }

    /// <summary>TIMELINE: a low-resolution proxy render instead of the full one.</summary>
    public bool? Proxy { get; init; }

    /// <summary>PREVIEW: PROXY, THUMBNAIL_STRIP and/or WAVEFORM.</summary>
    public IReadOnlyList<string>? Previews { get; init; }

    public int? ThumbnailCount { get; init; }
}

internal sealed record VideoResolution(int Width, int Height);

/// <summary>One edit operation (contract <c>VideoOperationInput</c>), flattened: <see cref="Type"/> says which fields apply.</summary>
internal sealed record VideoOperationSpec
{
    /// <summary>AUTO_CUT_SILENCE, AUTO_REFRAME, ADD_SUBTITLE, AUTO_TRANSITION, AUTO_EFFECTS, TRIM, CONCAT, ADD_AUDIO_TRACK, SPEED, OVERLAY, NORMALIZE_AUDIO, REMOVE_FILLER_WORDS.</summary>
    public required string Type { get; init; }
    public int? MinSilenceMs { get; init; }
    public double? ThresholdDb { get; init; }
    public int? PaddingMs { get; init; }
    public string? TargetAspectRatio { get; init; }
    public string? Strategy { get; init; }
    public string? SubtitleMode { get; init; }
    public string? Style { get; init; }
    public string? Language { get; init; }
    public Guid? SubtitleAssetId { get; init; }
    public int? DurationMs { get; init; }
    public string? Preset { get; init; }
    public double? Intensity { get; init; }
    public double? StartSeconds { get; init; }
    public double? EndSeconds { get; init; }
    public IReadOnlyList<Guid>? AssetIds { get; init; }
    public string? Transition { get; init; }
    public Guid? AudioAssetId { get; init; }
    public double? Volume { get; init; }
    public bool? DuckUnderSpeech { get; init; }
    public double? Factor { get; init; }
    public Guid? OverlayAssetId { get; init; }
    public string? Position { get; init; }
    public double? Scale { get; init; }
    public double? Opacity { get; init; }
    public double? TargetLufs { get; init; }
    public double? TruePeakDb { get; init; }
    /// <summary>ADD_SUBTITLE / REMOVE_FILLER_WORDS: the transcription provider (pocketsphinx, openai).</summary>
    public string? Provider { get; init; }
}

internal sealed record VideoExportTargetSpec(string AspectRatio, VideoResolution? Resolution, string Strategy = "SMART_CROP");

internal sealed record SubtitleOptionsSpec
{
    /// <summary>AUTO (recognition, or our narration timing for videos we generated) or FROM_ASSET.</summary>
    public string Mode { get; init; } = "AUTO";
    public string? SourceLanguage { get; init; }
    public IReadOnlyList<string>? TargetLanguages { get; init; }
    public string Style { get; init; } = "STANDARD";
    public bool BurnIn { get; init; }
    public IReadOnlyList<string>? Formats { get; init; }
    public Guid? SubtitleAssetId { get; init; }
}

/// <summary>What a video job returns besides its output assets.</summary>
/// <param name="Narration">GENERATE: the narration with its timing, so subtitles of this video come from the script, not recognition.</param>
internal sealed record VideoJobOutput(string Mode, IReadOnlyList<Guid> Assets, Guid? ResultId = null, IReadOnlyList<string>? Notes = null,
    Abstractions.Transcript? Narration = null);
