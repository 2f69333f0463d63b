using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Video.Jobs;
using MediaCreator.Modules.Video.Persistence;
using MediaCreator.Modules.Video.Results;
using MediaCreator.Modules.Video.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Video.GraphQL;

/// <summary>
/// createTimeline, editTimeline (a batch of edits applied all or nothing, from a named revision), deleteTimeline and
/// renderTimeline (a job). The drag-and-drop editor is a client of these.
/// </summary>
internal sealed class TimelineMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<CreateTimelinePayloadType>>("createTimeline")
            .Description("Creates an empty timeline in a project (a VIDEO, an AUDIO and a TEXT track).")
            .Argument<NonNullGraphType<CreateTimelineInputType>>("input")
            .ResolveAsync(async c => (object?)await CreateAsync(c, c.GetArgument<Dictionary<string, object?>>("input")));
        root.Field<NonNullGraphType<EditTimelinePayloadType>>("editTimeline")
            .Description("Applies edits in order, all or nothing, to the revision named; the timeline's revision then increments once per edit.")
            .Argument<NonNullGraphType<EditTimelineInputType>>("input")
            .ResolveAsync(async c => (object?)await EditAsync(c, c.GetArgument<Dictionary<string, object?>>("input")));
        root.Field<NonNullGraphType<DeleteTimelinePayloadType>>("deleteTimeline")
            .Description("Deletes a timeline (its rendered videos stay).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => (object?)await DeleteAsync(c, c.GetArgument<string>("id")));
        root.Field<NonNullGraphType<RenderTimelinePayloadType>>("renderTimeline")
            .Description("Renders a timeline to an MP4 (or a low-resolution proxy) in one ffmpeg command (worker `jobs.run_video_task`).")
            .Argument<NonNullGraphType<RenderTimelineInputType>>("input")
            .ResolveAsync(async c => (object?)await RenderAsync(c, c.GetArgument<Dictionary<string, object?>>("input")));
    }

    private static async Task<MutationPayload> CreateAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var services = c.RequestServices!;
        var owner = services.GetRequiredService<OwnerContext>().RequireOwner();
        var projectGlobal = (string)input["projectId"]!;
        if (!GlobalId.TryDecode(projectGlobal, out var type, out var projectId) || type != "Project"
            || !await services.GetRequiredService<CoreDbContext>().Projects.AnyAsync(p => p.Id == projectId, c.CancellationToken))
            return MutationPayload.Fail(NotFoundError.For("Project", projectGlobal));
        var (width, height) = input.GetValueOrDefault("aspectRatio") is string ratio
            ? Abstractions.AspectRatio.Parse(ratio).FrameSize(Int(input, "width"), Int(input, "height"))
            : (Int(input, "width") ?? 1920, Int(input, "height") ?? 1080);
        var document = TimelineDocument.Create();
        var settings = TimelineEditor.UpdateSettings(document, width / 2 * 2, height / 2 * 2, Double(input, "fps") ?? 30,
            input.GetValueOrDefault("backgroundColor") as string ?? "#000000");
        if (settings.Error is { } bad) return MutationPayload.Fail(Error(bad, "input"));
        document = settings.Document!;
        foreach (var (kind, trackName) in new[] { (TrackKind.Video, "Video 1"), (TrackKind.Audio, "Audio 1"), (TrackKind.Text, "Text 1") })
            document = TimelineEditor.AddTrack(document, kind, trackName).Document!;
        document = document with { Revision = 0 };
        var name = (input.GetValueOrDefault("name") as string)?.Trim();
        var row = new TimelineRecord
        {
            OwnerId = owner, ProjectId = projectId, Name = string.IsNullOrEmpty(name) ? "Timeline" : name[..Math.Min(name.Length, 200)],
            Revision = 0, DocumentJson = TimelineJson.Serialize(document),
        };
        var db = services.GetRequiredService<VideoDbContext>();
        db.Timelines.Add(row);
        await db.SaveChangesAsync(c.CancellationToken);
        return MutationPayload.Ok(row);
    }

    private static async Task<MutationPayload> EditAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var services = c.RequestServices!;
        var db = services.GetRequiredService<VideoDbContext>();
        var globalId = (string)input["timelineId"]!;
        var row = GlobalId.TryDecode(globalId, out var type, out var id) && type == "Timeline"
            ? await db.Timelines.FirstOrDefaultAsync(t => t.Id == id, c.CancellationToken) : null;
        if (row is null) return MutationPayload.Fail(NotFoundError.For("Timeline", globalId));
        var document = TimelineJson.Deserialize(row.DocumentJson);
        var expected = Convert.ToInt64(input["expectedRevision"], CultureInfo.InvariantCulture);
        if (TimelineEditor.CheckRevision(document, expected) is { } conflict)
            return MutationPayload.Fail(new ConflictError(conflict.Message, globalId));

        var operations = (input.GetValueOrDefault("operations") as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>().ToList();
        var assets = new TimelineAssets(services.GetRequiredService<CoreDbContext>(), c.CancellationToken);
        await assets.LoadAsync(document);
        for (var i = 0; i < operations.Count; i++)
        {
            var field = $"input.operations[{i}]";
            var (name, value) = operations[i].First(p => p.Value is not null);
            var result = await ApplyAsync(document, name, value as Dictionary<string, object?> ?? [], assets, $"{field}.{name}");
            if (result.Error is { } error) return MutationPayload.Fail(Error(error, $"{field}.{name}"));
            document = result.Document!;
        }
        row.DocumentJson = TimelineJson.Serialize(document);
        row.Revision = (int)document.Revision;
        row.UpdatedAt = DateTime.UtcNow;
        try
        {
            await db.SaveChangesAsync(c.CancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MutationPayload.Fail(new ConflictError($"The timeline was edited meanwhile (now past revision {expected}); reload it.", globalId));
        }
        return MutationPayload.Ok(row);
    }

    /// <summary>One edit operation of the input on <paramref name="d"/>.</summary>
    private static async Task<TimelineEditResult> ApplyAsync(TimelineDocument d, string name, Dictionary<string, object?> a, TimelineAssets assets, string field)
    {
        Guid Id(string key) => Guid.TryParse(a.GetValueOrDefault(key) as string, out var g) ? g : Guid.Empty;
        Guid? OptId(string key) => a.GetValueOrDefault(key) is string s && Guid.TryParse(s, out var g) ? g : null;
        double? Num(string key) => Double(a, key);
        switch (name)
        {
            case "addTrack":
                return TimelineEditor.AddTrack(d, Enum.Parse<TrackKind>((string)a["kind"]!, ignoreCase: true), a.GetValueOrDefault("name") as string ?? "Track", Int(a, "order"));
            case "removeTrack":
                return TimelineEditor.RemoveTrack(d, Id("trackId"));
            case "renameTrack":
                return TimelineEditor.RenameTrack(d, Id("trackId"), (string)a["name"]!);
            case "reorderTrack":
                return TimelineEditor.ReorderTrack(d, Id("trackId"), Int(a, "order") ?? 0);
            case "setTrackState":
                return TimelineEditor.SetTrackState(d, Id("trackId"), a.GetValueOrDefault("muted") as bool?, a.GetValueOrDefault("locked") as bool?);
            case "addClip":
            {
                var (assetId, info, error) = await assets.ResolveAsync(a.GetValueOrDefault("assetId") as string, field + ".assetId");
                if (error is not null) return error;
                return TimelineEditor.AddClip(d, Id("trackId"), assetId, info!, Num("start") ?? 0, Num("inPoint") ?? 0, Num("outPoint"));
            }
            case "moveClip":
                return TimelineEditor.MoveClip(d, Id("clipId"), Num("start") ?? 0, OptId("toTrackId"), Num("snapSeconds") ?? 0);
            case "trimClip":
                return TimelineEditor.TrimClip(d, Id("clipId"), Num("start"), Num("end"), assets.Known);
            case "setClipInOut":
                return TimelineEditor.SetClipInOut(d, Id("clipId"), Num("inPoint") ?? 0, Num("outPoint") ?? 0, assets.Known);
            case "splitClip":
                return TimelineEditor.SplitClip(d, Id("clipId"), Num("at") ?? 0);
            case "removeClip":
                return TimelineEditor.RemoveClip(d, Id("clipId"), a.GetValueOrDefault("ripple") as bool? ?? false);
            case "setTransition":
                return TimelineEditor.SetTransition(d, Id("fromClipId"), a.GetValueOrDefault("type") as string ?? "fade", Num("durationSeconds") ?? 0.5);
            case "removeTransition":
                return TimelineEditor.RemoveTransition(d, Id("fromClipId"));
            case "addText":
                return TimelineEditor.AddTextClip(d, Id("trackId"), (string)a["text"]!, Num("start") ?? 0, Num("durationSeconds") ?? 3,
                    Style(a.GetValueOrDefault("style") as Dictionary<string, object?>, null), a.GetValueOrDefault("language") as string ?? "en");
            case "updateText":
            {
                var current = d.FindClip(Id("clipId"))?.Clip as TextClip;
                return TimelineEditor.UpdateTextClip(d, Id("clipId"), a.GetValueOrDefault("text") as string,
                    a.GetValueOrDefault("style") is Dictionary<string, object?> s ? Style(s, current?.Style) : null, a.GetValueOrDefault("language") as string);
            }
            case "setClipAudio":
                return TimelineEditor.SetClipAudio(d, Id("clipId"), Num("volume"), Num("fadeInSeconds"), Num("fadeOutSeconds"));
            case "setClipTransform":
                return TimelineEditor.SetClipTransform(d, Id("clipId"),
                    a.GetValueOrDefault("fit") is string fit ? Enum.Parse<ClipFit>(fit.Replace("_", ""), ignoreCase: true) : null,
                    Num("opacity"), Num("x"), Num("y"), Num("scale"));
            case "updateSettings":
                return TimelineEditor.UpdateSettings(d, Int(a, "width"), Int(a, "height"), Num("fps"), a.GetValueOrDefault("backgroundColor") as string);
            default:
                return TimelineEditResult.Fail("INVALID_FORMAT", $"Unknown timeline operation '{name}'.");
        }
    }

    private static TextStyle Style(Dictionary<string, object?>? s, TextStyle? current)
    {
        var style = current ?? new TextStyle();
        if (s is null) return style;
        return style with
        {
            FontSize = Double(s, "fontSize") ?? style.FontSize, Color = s.GetValueOrDefault("color") as string ?? style.Color,
            OutlineColor = s.GetValueOrDefault("outlineColor") as string ?? style.OutlineColor, Outline = Double(s, "outline") ?? style.Outline,
            X = Double(s, "x") ?? style.X, Y = Double(s, "y") ?? style.Y, Bold = s.GetValueOrDefault("bold") as bool? ?? style.Bold,
            FontFamily = s.GetValueOrDefault("fontFamily") as string ?? style.FontFamily,
        };
    }

    private static async Task<MutationPayload> DeleteAsync(IResolveFieldContext c, string globalId)
    {
        var db = c.RequestServices!.GetRequiredService<VideoDbContext>();
        var row = GlobalId.TryDecode(globalId, out var type, out var id) && type == "Timeline"
            ? await db.Timelines.FirstOrDefaultAsync(t => t.Id == id, c.CancellationToken) : null;
        if (row is null) return MutationPayload.Fail(NotFoundError.For("Timeline", globalId));
        db.Timelines.Remove(row);
        await db.SaveChangesAsync(c.CancellationToken);
        return MutationPayload.Ok(globalId);
    }

    private static async Task<MutationPayload> RenderAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var services = c.RequestServices!;
        var globalId = (string)input["timelineId"]!;
        var row = GlobalId.TryDecode(globalId, out var type, out var id) && type == "Timeline"
            ? await services.GetRequiredService<VideoDbContext>().Timelines.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, c.CancellationToken) : null;
        if (row is null) return MutationPayload.Fail(NotFoundError.For("Timeline", globalId));
        var document = TimelineJson.Deserialize(row.DocumentJson);
        var assets = new TimelineAssets(services.GetRequiredService<CoreDbContext>(), c.CancellationToken);
        await assets.LoadAsync(document);
        var problems = TimelineValidator.Validate(document, assets.Known);
        if (document.Duration <= 0) return MutationPayload.Fail(new ValidationError("The timeline has no clips to render.", "input.timelineId", "EMPTY_TIMELINE"));
        if (problems.Count > 0) return MutationPayload.Fail([.. problems.Select(p => (IMutationError)Error(p, "input.timelineId"))]);
        var job = new VideoJobInput { Mode = "TIMELINE", TimelineId = row.Id, TimelineRevision = row.Revision, Proxy = input.GetValueOrDefault("proxy") as bool? ?? false };
        var command = new EnqueueJobCommand(GlobalId.Encode("Project", row.ProjectId), VideoTasks.Module, VideoTasks.Run, VideoTasks.Ffmpeg,
            JsonSerializer.Serialize(job, VideoJobHandler.Json), null, input.GetValueOrDefault("idempotencyKey") as Guid?, "input");
        return await services.GetRequiredService<JobEnqueuer>().EnqueueAsync(command, c.CancellationToken);
    }

    private static ValidationError Error(TimelineError error, string field) =>
        new(error.Message, error.Field is { } f ? $"{field}.{f}" : field, error.Code);

    private static int? Int(Dictionary<string, object?> input, string key) =>
        input.GetValueOrDefault(key) is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;

    private static double? Double(Dictionary<string, object?> input, string key) =>
        input.GetValueOrDefault(key) is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;
}

/// <summary>The caller's assets a timeline uses: kind, duration and sound from their metadata.</summary>
internal sealed class TimelineAssets(CoreDbContext db, CancellationToken ct)
{
    private readonly Dictionary<Guid, TimelineAsset> _known = [];

    public IReadOnlyDictionary<Guid, TimelineAsset> Known => _known;

    public async Task LoadAsync(TimelineDocument document)
    {
        var ids = document.Tracks.SelectMany(t => t.Clips).Select(c => c switch { VideoClip v => v.AssetId, AudioClip a => a.AssetId, _ => Guid.Empty })
            .Where(g => g != Guid.Empty).Distinct().ToList();
        foreach (var asset in await db.Assets.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct)) _known[asset.Id] = Describe(asset);
    }

    public async Task<(Guid Id, TimelineAsset? Asset, TimelineError? Error)> ResolveAsync(string? globalId, string field)
    {
        if (await AssetReferences.FindAsync(db, globalId, ct) is not { } asset)
            return (Guid.Empty, null, new TimelineError(TimelineErrorCodes.AssetNotFound, $"No asset '{globalId}' of yours exists.", "assetId"));
        if (asset.Type is not (AssetType.Video or AssetType.Image or AssetType.Audio))
            return (Guid.Empty, null, new TimelineError("UNSUPPORTED_MEDIA", $"{field}: a {asset.Type.ToString().ToUpperInvariant()} asset cannot go on a timeline.", "assetId"));
        var info = Describe(asset);
        _known[asset.Id] = info;
        return (asset.Id, info, null);
    }

    private static TimelineAsset Describe(Asset asset)
    {
        double? duration = null;
        var hasAudio = asset.Type == AssetType.Audio;
        if (asset.MetadataJson is { } json)
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (doc.RootElement.TryGetProperty("duration", out var d) && d.ValueKind == JsonValueKind.Number) duration = d.GetDouble();
                if (doc.RootElement.TryGetProperty("hasAudio", out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False) hasAudio = h.GetBoolean();
            }
        }
        var kind = asset.Type switch { AssetType.Image => TimelineAssetKind.Image, AssetType.Audio => TimelineAssetKind.Audio, _ => TimelineAssetKind.Video };
        return new TimelineAsset(kind, kind == TimelineAssetKind.Image ? null : duration, hasAudio);
    }
}

internal sealed class CreateTimelineInputType : InputObjectGraphType
{
    public CreateTimelineInputType()
    {
        Name = "CreateTimelineInput";
        Description = "Input of `createTimeline`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<StringGraphType>("name");
        Field("aspectRatio", VideoInputFields.Aspect()).Description("Frame from a ratio (1080p); or give width and height.");
        Field<IntGraphType>("width");
        Field<IntGraphType>("height");
        Field<FloatGraphType>("fps").DefaultValue(30.0);
        Field<StringGraphType>("backgroundColor").DefaultValue("#000000");
    }
}

internal sealed class RenderTimelineInputType : InputObjectGraphType
{
    public RenderTimelineInputType()
    {
        Name = "RenderTimelineInput";
        Description = "Input of `renderTimeline`.";
        Field<NonNullGraphType<IdGraphType>>("timelineId");
        Field<BooleanGraphType>("proxy").DefaultValue(false).Description("A fast low-resolution preview render instead of the full one.");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class EditTimelineInputType : InputObjectGraphType
{
    public EditTimelineInputType()
    {
        Name = "EditTimelineInput";
        Description = "Input of `editTimeline`.";
        Field<NonNullGraphType<IdGraphType>>("timelineId");
        Field<NonNullGraphType<IntGraphType>>("expectedRevision").Description("The revision the edits start from; another one fails with a ConflictError.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineOperationInputType>>>>("operations");
    }
}

/// <summary>Exactly one timeline edit. Track and clip ids are the ids the timeline lists.</summary>
internal sealed class TimelineOperationInputType : InputObjectGraphType
{
    public TimelineOperationInputType()
    {
        Name = "TimelineOperationInput";
        Description = "Exactly one timeline edit (track and clip ids as the timeline lists them).";
        IsOneOf = true;
        Field<TimelineOpInput>("addTrack").Description("kind, name, order.");
        Field<TimelineOpInput>("removeTrack").Description("trackId.");
        Field<TimelineOpInput>("renameTrack").Description("trackId, name.");
        Field<TimelineOpInput>("reorderTrack").Description("trackId, order.");
        Field<TimelineOpInput>("setTrackState").Description("trackId, muted, locked.");
        Field<TimelineOpInput>("addClip").Description("trackId, assetId, start, inPoint, outPoint.");
        Field<TimelineOpInput>("moveClip").Description("clipId, start, toTrackId, snapSeconds.");
        Field<TimelineOpInput>("trimClip").Description("clipId, start and/or end (timeline seconds of the clip's edges).");
        Field<TimelineOpInput>("setClipInOut").Description("clipId, inPoint, outPoint.");
        Field<TimelineOpInput>("splitClip").Description("clipId, at.");
        Field<TimelineOpInput>("removeClip").Description("clipId, ripple.");
        Field<TimelineOpInput>("setTransition").Description("fromClipId, type, durationSeconds.");
        Field<TimelineOpInput>("removeTransition").Description("fromClipId.");
        Field<TimelineOpInput>("addText").Description("trackId, text, start, durationSeconds, style, language.");
        Field<TimelineOpInput>("updateText").Description("clipId, text, style, language.");
        Field<TimelineOpInput>("setClipAudio").Description("clipId, volume, fadeInSeconds, fadeOutSeconds.");
        Field<TimelineOpInput>("setClipTransform").Description("clipId, fit, opacity, x, y, scale.");
        Field<TimelineOpInput>("updateSettings").Description("width, height, fps, backgroundColor.");
    }
}

/// <summary>The arguments of a timeline edit; each edit reads the ones its description names.</summary>
internal sealed class TimelineOpInput : InputObjectGraphType
{
    public TimelineOpInput()
    {
        Name = "TimelineEditArguments";
        Description = "Arguments of a timeline edit; each edit reads the ones its field's description names.";
        Field<IdGraphType>("trackId");
        Field<IdGraphType>("toTrackId");
        Field<IdGraphType>("clipId");
        Field<IdGraphType>("fromClipId");
        Field<IdGraphType>("assetId");
        Field<TrackKindType>("kind");
        Field<StringGraphType>("name");
        Field<IntGraphType>("order");
        Field<BooleanGraphType>("muted");
        Field<BooleanGraphType>("locked");
        Field<FloatGraphType>("start");
        Field<FloatGraphType>("end");
        Field<FloatGraphType>("inPoint");
        Field<FloatGraphType>("outPoint");
        Field<FloatGraphType>("at");
        Field<FloatGraphType>("snapSeconds");
        Field<BooleanGraphType>("ripple");
        Field<StringGraphType>("type").Description("Transition: an ffmpeg xfade name (fade, dissolve, wipeleft, slideleft, circleopen...).");
        Field<FloatGraphType>("durationSeconds");
        Field<StringGraphType>("text");
        Field<StringGraphType>("language");
        Field<TextStyleInputType>("style");
        Field<FloatGraphType>("volume");
        Field<FloatGraphType>("fadeInSeconds");
        Field<FloatGraphType>("fadeOutSeconds");
        Field<ClipFitType>("fit");
        Field<FloatGraphType>("opacity");
        Field<FloatGraphType>("x");
        Field<FloatGraphType>("y");
        Field<FloatGraphType>("scale");
        Field<IntGraphType>("width");
        Field<IntGraphType>("height");
        Field<FloatGraphType>("fps");
        Field<StringGraphType>("backgroundColor");
    }
}

internal sealed class TextStyleInputType : InputObjectGraphType
{
    public TextStyleInputType()
    {
        Name = "TextStyleInput";
        Description = "Look of a text clip (unset fields keep their value).";
        Field<FloatGraphType>("fontSize");
        Field<StringGraphType>("color");
        Field<StringGraphType>("outlineColor");
        Field<FloatGraphType>("outline");
        Field<FloatGraphType>("x");
        Field<FloatGraphType>("y");
        Field<BooleanGraphType>("bold");
        Field<StringGraphType>("fontFamily");
    }
}

internal static class TimelineErrorTypes
{
    public static readonly Type[] Edit = [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConflictErrorType)];
}

internal sealed class CreateTimelineErrorType() : ErrorUnionType("createTimeline", TimelineErrorTypes.Edit);

internal sealed class EditTimelineErrorType() : ErrorUnionType("editTimeline", TimelineErrorTypes.Edit);

internal sealed class DeleteTimelineErrorType() : ErrorUnionType("deleteTimeline", TimelineErrorTypes.Edit);

internal sealed class RenderTimelineErrorType() : ErrorUnionType("renderTimeline", VideoJobErrorTypes.All);

internal sealed class CreateTimelinePayloadType() : PayloadGraphType<TimelineType, CreateTimelineErrorType>("createTimeline", "timeline");

internal sealed class EditTimelinePayloadType() : PayloadGraphType<TimelineType, EditTimelineErrorType>("editTimeline", "timeline");

internal sealed class DeleteTimelinePayloadType() : PayloadGraphType<IdGraphType, DeleteTimelineErrorType>("deleteTimeline", "deletedId");

internal sealed class RenderTimelinePayloadType() : PayloadGraphType<JobType, RenderTimelineErrorType>("renderTimeline", "job");
