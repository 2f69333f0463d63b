using static MediaCreator.Modules.Video.Timeline.TimelineErrorCodes;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>Checks a whole document (one stored or sent by a client) against the asset library; every problem found is listed.</summary>
public static class TimelineValidator
{
    public static IReadOnlyList<TimelineError> Validate(TimelineDocument document, IReadOnlyDictionary<Guid, TimelineAsset> assets)
    {
        var errors = new List<TimelineError>();
        if (document.Width is < 16 or > 7680 || document.Height is < 16 or > 7680 || document.Width % 2 != 0 || document.Height % 2 != 0)
            errors.Add(new TimelineError(InvalidValue, "Width and height must be even, 16..7680.", "width"));
        if (document.Fps is < 1 or > 120) errors.Add(new TimelineError(InvalidValue, "Fps must be 1..120.", "fps"));
        if (TimelineEditor.ColorError(document.BackgroundColor, "backgroundColor") is { } bg) errors.Add(bg);
        if (errors.Count > 0) return errors;
        foreach (var track in document.Tracks)
        {
            foreach (var clip in track.Clips) errors.AddRange(ClipErrors(document, track, clip, assets));
            if (TimelineRules.FindOverlap(track) is { } overlap) errors.Add(overlap);
            if (TimelineRules.CheckTransitions(track, document.Fps) is { } transition) errors.Add(transition);
        }
        return errors;
    }

    private static IEnumerable<TimelineError> ClipErrors(TimelineDocument document, TimelineTrack track, TimelineClip clip, IReadOnlyDictionary<Guid, TimelineAsset> assets)
    {
        var expected = clip switch { VideoClip => TrackKind.Video, AudioClip => TrackKind.Audio, _ => TrackKind.Text };
        if (expected != track.Kind) yield return new TimelineError(TrackKindMismatch, $"Clip {clip.Id} cannot be on {track.Kind} track '{track.Name}'.", "trackId");
        if (clip.Start < 0) yield return new TimelineError(InvalidTime, $"Clip {clip.Id} starts before 0.", "start");
        if (clip is TextClip text)
        {
            if (TimelineEditor.TextError(text, document.Fps) is { } e) yield return e;
            yield break;
        }
        var (assetId, inPoint, outPoint) = clip switch
        {
            VideoClip v => (v.AssetId, v.InPoint, v.OutPoint),
            AudioClip a => (a.AssetId, a.InPoint, a.OutPoint),
            _ => (Guid.Empty, 0, 0),
        };
        if (!assets.TryGetValue(assetId, out var asset))
        {
            yield return new TimelineError(AssetNotFound, $"Clip {clip.Id} uses asset {assetId}, which is unknown.", "assetId");
            yield break;
        }
        if (!TimelineRules.Fits(track.Kind, asset))
            yield return new TimelineError(TrackKindMismatch, $"A {asset.Kind} asset cannot be on {track.Kind} track '{track.Name}'.", "assetId");
        if (TimelineRules.CheckSourceRange(inPoint, outPoint, asset, document.Fps) is { } range) yield return range;
    }
}
