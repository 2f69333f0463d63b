using System.Globalization;
using GraphQL;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Video.Jobs;

namespace MediaCreator.Modules.Video.GraphQL;

/// <summary>
/// Checks the parts of a video mutation's input: asset ids (the caller's, of the right kind), sizes, languages and
/// each edit operation's ranges. A failed check throws <see cref="VideoInputException"/> with the error to return.
/// </summary>
internal sealed class VideoInputCheck(IResolveFieldContext c, CoreDbContext db, string root)
{
    public VideoInputException Invalid(string field, string message, string code) =>
        new(new ValidationError(message, $"{root}.{field}", code));

    public async Task<Guid> AssetAsync(object? value, string field, params AssetType[] types) =>
        (await AssetWithTypeAsync(value, field, types)).Id;

    public async Task<(Guid Id, AssetType Type)> AssetWithTypeAsync(object? value, string field, params AssetType[] types)
    {
        var globalId = value as string;
        if (globalId is null) throw Invalid(field, $"{field} is required.", "REQUIRED");
        if (await AssetReferences.FindAsync(db, globalId, c.CancellationToken) is not { } asset)
            throw new VideoInputException(NotFoundError.For("Asset", globalId));
        if (!types.Contains(asset.Type))
            throw new VideoInputException(new UnsupportedMediaError(
                $"{root}.{field}: the asset is {asset.Type.ToString().ToUpperInvariant()}; {string.Join(" or ", types.Select(t => t.ToString().ToUpperInvariant()))} is needed.",
                globalId, asset.MimeType, types.Select(Mime).ToList()));
        return (asset.Id, asset.Type);
    }

    public async Task<List<Guid>> AssetsAsync(object? value, string field, params AssetType[] types)
    {
        var ids = new List<Guid>();
        var given = (value as IEnumerable<object?> ?? []).ToList();
        for (var i = 0; i < given.Count; i++) ids.Add(await AssetAsync(given[i], $"{field}[{i}]", types));
        return ids;
    }

    public VideoResolution? Resolution(Dictionary<string, object?> input, string prefix = "")
    {
        if (input.GetValueOrDefault("resolution") is not Dictionary<string, object?> r) return null;
        var width = Convert.ToInt32(r["width"], CultureInfo.InvariantCulture);
        var height = Convert.ToInt32(r["height"], CultureInfo.InvariantCulture);
        if (width is < 16 or > 7680 || height is < 16 or > 7680)
            throw Invalid(prefix + "resolution", "width and height must be between 16 and 7680.", "OUT_OF_RANGE");
        return new VideoResolution(width / 2 * 2, height / 2 * 2);
    }

    /// <summary>A BCP 47 tag (e.g. <c>en</c>, <c>th</c>, <c>pt-BR</c>), normalized.</summary>
    public string Language(string tag, string field)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag.Trim());
            if (culture.Name.Length == 0 || culture.TwoLetterISOLanguageName.Length == 0) throw new CultureNotFoundException();
            return culture.Name;
        }
        catch (CultureNotFoundException)
        {
            throw Invalid(field, $"'{tag}' is not a BCP 47 language tag (e.g. en, th, pt-BR).", "INVALID_FORMAT");
        }
    }

    /// <summary>One <c>VideoOperationInput</c> (exactly one member set) as the stored operation.</summary>
    public async Task<VideoOperationSpec> OperationAsync(Dictionary<string, object?> op, int index)
    {
        var field = $"operations[{index}]";
        var (name, value) = op.First(p => p.Value is not null);
        var a = value as Dictionary<string, object?> ?? [];
        var at = $"{field}.{name}";
        double? Num(string key) => VideoMutations.Number(a, key);
        int? Int(string key) => a.GetValueOrDefault(key) is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;
        switch (name)
        {
            case "autoCutSilence":
                if (Int("minSilenceMs") is < 50 or > 60000) throw Invalid(at + ".minSilenceMs", "minSilenceMs must be between 50 and 60000.", "OUT_OF_RANGE");
                if (Num("thresholdDb") is < -90 or > -5) throw Invalid(at + ".thresholdDb", "thresholdDb must be between -90 and -5.", "OUT_OF_RANGE");
                if (Int("paddingMs") is < 0 or > 5000) throw Invalid(at + ".paddingMs", "paddingMs must be between 0 and 5000.", "OUT_OF_RANGE");
                return new VideoOperationSpec { Type = "AUTO_CUT_SILENCE", MinSilenceMs = Int("minSilenceMs") ?? 500, ThresholdDb = Num("thresholdDb") ?? -40, PaddingMs = Int("paddingMs") ?? 100 };
            case "autoReframe":
                return new VideoOperationSpec
                {
                    Type = "AUTO_REFRAME", TargetAspectRatio = VideoMutations.Aspect(a.GetValueOrDefault("targetAspectRatio")),
                    Strategy = a.GetValueOrDefault("strategy") as string ?? "SMART_CROP",
                };
            case "addSubtitle":
            {
                var mode = a.GetValueOrDefault("subtitleMode") as string ?? "AUTO";
                Guid? subtitle = null;
                if (mode == "FROM_ASSET")
                    subtitle = await AssetAsync(a.GetValueOrDefault("subtitleAssetId") ?? throw Invalid(at + ".subtitleAssetId", "FROM_ASSET needs subtitleAssetId.", "REQUIRED"),
                        at + ".subtitleAssetId", AssetType.Subtitle);
                return new VideoOperationSpec
                {
                    Type = "ADD_SUBTITLE", SubtitleMode = mode, Style = a.GetValueOrDefault("style") as string ?? "STANDARD",
                    Language = a.GetValueOrDefault("language") is string l ? Language(l, at + ".language") : null, SubtitleAssetId = subtitle,
                    Provider = a.GetValueOrDefault("provider") as string,
                };
            }
            case "autoTransition":
                if (Int("durationMs") is < 40 or > 5000) throw Invalid(at + ".durationMs", "durationMs must be between 40 and 5000.", "OUT_OF_RANGE");
                return new VideoOperationSpec { Type = "AUTO_TRANSITION", Style = a.GetValueOrDefault("style") as string, DurationMs = Int("durationMs") ?? 300 };
            case "autoEffects":
                if (Num("intensity") is < 0 or > 1) throw Invalid(at + ".intensity", "intensity must be between 0 and 1.", "OUT_OF_RANGE");
                return new VideoOperationSpec { Type = "AUTO_EFFECTS", Preset = a.GetValueOrDefault("preset") as string ?? "punch-in", Intensity = Num("intensity") ?? 0.5 };
            case "trim":
                if (Num("startSeconds") is not { } start || Num("endSeconds") is not { } end || start < 0 || end <= start)
                    throw Invalid(at, "startSeconds must be >= 0 and before endSeconds.", "OUT_OF_RANGE");
                return new VideoOperationSpec { Type = "TRIM", StartSeconds = start, EndSeconds = end };
            case "concat":
            {
                var ids = await AssetsAsync(a.GetValueOrDefault("assetIds"), at + ".assetIds", AssetType.Video, AssetType.Image);
                if (ids.Count == 0) throw Invalid(at + ".assetIds", "Give at least one clip.", "REQUIRED");
                return new VideoOperationSpec { Type = "CONCAT", AssetIds = ids, Transition = a.GetValueOrDefault("transition") as string, DurationMs = Int("transitionMs") ?? 500 };
            }
            case "addAudioTrack":
            {
                var audio = await AssetAsync(a.GetValueOrDefault("audioAssetId"), at + ".audioAssetId", AssetType.Audio, AssetType.Video);
                if (Num("volume") is < 0 or > 4) throw Invalid(at + ".volume", "volume must be between 0 and 4.", "OUT_OF_RANGE");
                if (Num("startSeconds") is < 0) throw Invalid(at + ".startSeconds", "startSeconds must be >= 0.", "OUT_OF_RANGE");
                return new VideoOperationSpec
                {
                    Type = "ADD_AUDIO_TRACK", AudioAssetId = audio, Volume = Num("volume") ?? 1, DuckUnderSpeech = a.GetValueOrDefault("duckUnderSpeech") as bool? ?? true,
                    StartSeconds = Num("startSeconds") ?? 0,
                };
            }
            case "speed":
                if (Num("factor") is not { } factor || factor < 0.25 || factor > 4) throw Invalid(at + ".factor", "factor must be between 0.25 and 4.", "OUT_OF_RANGE");
                return new VideoOperationSpec { Type = "SPEED", Factor = factor };
            case "overlay":
            {
                var overlay = await AssetAsync(a.GetValueOrDefault("assetId"), at + ".assetId", AssetType.Image, AssetType.Video);
                if (Num("scale") is <= 0 or > 1) throw Invalid(at + ".scale", "scale must be above 0 and at most 1.", "OUT_OF_RANGE");
                if (Num("opacity") is < 0 or > 1) throw Invalid(at + ".opacity", "opacity must be between 0 and 1.", "OUT_OF_RANGE");
                if (Num("startSeconds") is { } os && Num("endSeconds") is { } oe && oe <= os)
                    throw Invalid(at, "endSeconds must be after startSeconds.", "OUT_OF_RANGE");
                return new VideoOperationSpec
                {
                    Type = "OVERLAY", OverlayAssetId = overlay, Position = a.GetValueOrDefault("position") as string ?? "BOTTOM_RIGHT",
                    Scale = Num("scale") ?? 0.2, Opacity = Num("opacity") ?? 1, StartSeconds = Num("startSeconds"), EndSeconds = Num("endSeconds"),
                };
            }
            case "normalizeAudio":
                if (Num("targetLufs") is < -70 or > -5) throw Invalid(at + ".targetLufs", "targetLufs must be between -70 and -5.", "OUT_OF_RANGE");
                if (Num("truePeakDb") is < -20 or > 0) throw Invalid(at + ".truePeakDb", "truePeakDb must be between -20 and 0.", "OUT_OF_RANGE");
                return new VideoOperationSpec { Type = "NORMALIZE_AUDIO", TargetLufs = Num("targetLufs") ?? -14, TruePeakDb = Num("truePeakDb") ?? -1 };
            case "removeFillerWords":
                return new VideoOperationSpec
                {
                    Type = "REMOVE_FILLER_WORDS", Language = a.GetValueOrDefault("language") is string fl ? Language(fl, at + ".language") : null,
                    Provider = a.GetValueOrDefault("provider") as string,
                };
            default:
                throw Invalid(field, $"Unknown operation '{name}'.", "INVALID_FORMAT");
        }
    }

    private static string Mime(AssetType type) => type switch
    {
        AssetType.Video => "video/*", AssetType.Audio => "audio/*", AssetType.Image => "image/*", AssetType.Subtitle => "text/vtt, application/x-subrip, text/x-ssa",
        _ => "*/*",
    };
}
