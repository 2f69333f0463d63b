namespace MediaCreator.Modules.Audio.Results;

/// <summary>
/// A music analysis of an audio or video asset (table <c>audio_analysis</c>). One row per job (a retried job replaces
/// its row); the latest row of an asset is its current analysis. Sections, chords and the energy curve are JSON.
/// </summary>
public sealed class AudioAnalysis
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid ProjectId { get; set; }

    public Guid AssetId { get; set; }

    public Guid? JobId { get; set; }

    public string Provider { get; set; } = "dsp";

    public double? Bpm { get; set; }

    public double? BpmConfidence { get; set; }

    /// <summary>Spec notation, e.g. <c>C:maj</c>.</summary>
    public string? Key { get; set; }

    public double? KeyConfidence { get; set; }

    /// <summary>e.g. <c>4/4</c>.</summary>
    public string? TimeSignature { get; set; }

    public string SectionsJson { get; set; } = "[]";

    public string ChordsJson { get; set; } = "[]";

    public string EnergyJson { get; set; } = "[]";

    /// <summary>Duration, loudness (LUFS, LRA, true peak), beat times, confidences, tasks.</summary>
    public string MetadataJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>A stem separation (table <c>stem_groups</c>): the source asset and one asset per stem (<c>stem_assets</c>).</summary>
public sealed class StemGroup
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid ProjectId { get; set; }

    public Guid SourceAssetId { get; set; }

    public Guid? JobId { get; set; }

    public required string Provider { get; set; }

    /// <summary><c>stem_assets</c>: stem type (VOCAL, DRUMS...) → asset id, as a JSON object.</summary>
    public string StemAssetsJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>A generated tab (table <c>tab_records</c>).</summary>
public sealed class TabRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid ProjectId { get; set; }

    public Guid AudioAssetId { get; set; }

    public Guid? JobId { get; set; }

    /// <summary>GUITAR, BASS, UKULELE.</summary>
    public required string Instrument { get; set; }

    /// <summary>EASY, ORIGINAL, ADVANCED.</summary>
    public required string Difficulty { get; set; }

    /// <summary>TEXT, GP5, MUSICXML, CHORD_CHART.</summary>
    public required string Format { get; set; }

    /// <summary>Text, MusicXML or chord chart; GP5 base64-encoded.</summary>
    public required string Content { get; set; }

    public string MimeType { get; set; } = "text/plain";

    /// <summary>Tuning, note count, chords.</summary>
    public string MetadataJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
