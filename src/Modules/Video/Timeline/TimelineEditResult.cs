namespace MediaCreator.Modules.Video.Timeline;

/// <summary>An expected failure of an edit or a validation, e.g. <c>OVERLAP</c> on field <c>start</c>.</summary>
public sealed record TimelineError(string Code, string Message, string? Field = null);

/// <summary>The outcome of an edit: the new document, or the error (the old document stays as it was).</summary>
/// <param name="CreatedId">The id of the track or clip the edit created (the right half for a split).</param>
public sealed record TimelineEditResult(TimelineDocument? Document, TimelineError? Error, Guid? CreatedId = null)
{
    public bool Succeeded => Error is null;

    public static TimelineEditResult Fail(string code, string message, string? field = null) => new(null, new TimelineError(code, message, field));

    public static implicit operator TimelineEditResult(TimelineError error) => new(null, error);
}

public enum TimelineAssetKind { Video, Image, Audio }

/// <summary>What the editor and the validator need to know about an asset: its kind, source length (none for images) and sound.</summary>
public sealed record TimelineAsset(TimelineAssetKind Kind, double? DurationSeconds, bool HasAudio = false);

/// <summary>The error codes of timeline edits and validation.</summary>
public static class TimelineErrorCodes
{
    public const string TrackNotFound = "TRACK_NOT_FOUND";
    public const string ClipNotFound = "CLIP_NOT_FOUND";
    public const string AssetNotFound = "ASSET_NOT_FOUND";
    public const string TrackKindMismatch = "TRACK_KIND_MISMATCH";
    public const string TrackLocked = "TRACK_LOCKED";
    public const string Overlap = "OVERLAP";
    public const string InvalidTime = "INVALID_TIME";
    public const string InvalidRange = "INVALID_RANGE";
    public const string OutOfSource = "OUT_OF_SOURCE";
    public const string SplitOutsideClip = "SPLIT_OUTSIDE_CLIP";
    public const string NotAdjacent = "NOT_ADJACENT";
    public const string TransitionTooLong = "TRANSITION_TOO_LONG";
    public const string TransitionNotFound = "TRANSITION_NOT_FOUND";
    public const string UnknownTransition = "UNKNOWN_TRANSITION";
    public const string InvalidValue = "INVALID_VALUE";
    public const string RevisionConflict = "REVISION_CONFLICT";
}
