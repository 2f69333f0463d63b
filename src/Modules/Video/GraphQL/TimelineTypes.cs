using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Video.Persistence;
using MediaCreator.Modules.Video.Results;
using MediaCreator.Modules.Video.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Video.GraphQL;

internal sealed class TrackKindType() : NamedEnumType("TimelineTrackKind",
    "VIDEO tracks hold video and image clips (the lowest is the base picture, higher ones are overlaid); AUDIO tracks audio clips; TEXT tracks text.",
    "VIDEO", "AUDIO", "TEXT");

internal sealed class ClipFitType() : NamedEnumType("ClipFit", "How a picture fills its box: CROP to fill, LETTERBOX, or BLUR_PAD over a blurred copy.",
    "CROP", "LETTERBOX", "BLUR_PAD");

internal static class TimelineNames
{
    public static string Upper<T>(T value) where T : struct, Enum => value switch
    {
        ClipFit.BlurPad => "BLUR_PAD",
        _ => value.ToString().ToUpperInvariant(),
    };
}

internal sealed class TimelineType : ObjectGraphType<TimelineRecord>
{
    public TimelineType()
    {
        Name = "Timeline";
        Description = "A project's edit timeline (table `timelines`): tracks, clips with in/out points, transitions, text and audio. Edit it with `editTimeline`, render it with `renderTimeline`.";
        this.ImplementsNode("Timeline", x => x.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Increments with every edit; `editTimeline` names the revision it starts from.")
            .Resolve(c => c.Source.Revision);
        Field("project", new NonNullGraphType(new GraphQLTypeReference("Project")))
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoreDbContext>().Projects.FirstOrDefaultAsync(p => p.Id == c.Source.ProjectId, c.CancellationToken));
        Field<NonNullGraphType<IntGraphType>>("width").Resolve(c => Doc(c).Width);
        Field<NonNullGraphType<IntGraphType>>("height").Resolve(c => Doc(c).Height);
        Field<NonNullGraphType<FloatGraphType>>("fps").Resolve(c => Doc(c).Fps);
        Field<NonNullGraphType<StringGraphType>>("backgroundColor").Resolve(c => Doc(c).BackgroundColor);
        Field<NonNullGraphType<FloatGraphType>>("durationSeconds").Description("End of the last clip: the rendered length.").Resolve(c => Doc(c).Duration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineTrackType>>>>("tracks").Description("Bottom to top.")
            .Resolve(c => Doc(c).OrderedTracks.ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobType>>>>("renders").Description("Render jobs of this timeline, newest first.")
            .ResolveAsync(async c =>
            {
                var marker = $"\"timelineId\":\"{c.Source.Id}\"";
                return await c.RequestServices!.GetRequiredService<CoreDbContext>().Jobs
                    .Where(j => j.ProjectId == c.Source.ProjectId && j.TaskName == Jobs.VideoTasks.Run && j.InputPayloadJson.Contains(marker))
                    .OrderByDescending(j => j.CreatedAt).ToListAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeScalarType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
        IsTypeOf = o => o is TimelineRecord;
    }

    private static TimelineDocument Doc(IResolveFieldContext<TimelineRecord> c) => TimelineJson.Deserialize(c.Source.DocumentJson);
}

internal sealed class TimelineTrackType : ObjectGraphType<TimelineTrack>
{
    public TimelineTrackType()
    {
        Name = "TimelineTrack";
        Description = "A track of a timeline; its clips never overlap.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString());
        Field<NonNullGraphType<TrackKindType>>("kind").Resolve(c => TimelineNames.Upper(c.Source.Kind));
        Field(x => x.Name);
        Field(x => x.Order).Description("Stacking order, bottom 0.");
        Field(x => x.Muted);
        Field(x => x.Locked);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineClipInterface>>>>("clips").Description("In time order.")
            .Resolve(c => c.Source.OrderedClips.ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineTransitionType>>>>("transitions").Resolve(c => c.Source.Transitions);
    }
}

internal sealed class TimelineTransitionType : ObjectGraphType<TimelineTransition>
{
    public TimelineTransitionType()
    {
        Name = "TimelineTransition";
        Description = "A transition (ffmpeg xfade name) centred on the cut between two adjacent clips.";
        Field<NonNullGraphType<IdGraphType>>("fromClipId").Resolve(c => c.Source.FromClipId.ToString());
        Field<NonNullGraphType<IdGraphType>>("toClipId").Resolve(c => c.Source.ToClipId.ToString());
        Field(x => x.Type);
        Field<NonNullGraphType<FloatGraphType>>("durationSeconds").Resolve(c => c.Source.Duration);
    }
}

internal sealed class TimelineClipInterface : InterfaceGraphType<TimelineClip>
{
    public TimelineClipInterface()
    {
        Name = "TimelineClip";
        Description = "A clip on a track.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<FloatGraphType>>("start").Description("Seconds on the timeline.");
        Field<NonNullGraphType<FloatGraphType>>("durationSeconds");
        Field<NonNullGraphType<FloatGraphType>>("end");
    }
}

internal abstract class TimelineClipObjectType<T> : ObjectGraphType<T> where T : TimelineClip
{
    protected TimelineClipObjectType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<TimelineClipInterface>();
        IsTypeOf = o => o is T;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString());
        Field<NonNullGraphType<FloatGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<FloatGraphType>>("durationSeconds").Resolve(c => c.Source.Duration);
        Field<NonNullGraphType<FloatGraphType>>("end").Resolve(c => c.Source.End);
    }
}

internal sealed class VideoTimelineClipType : TimelineClipObjectType<VideoClip>
{
    public VideoTimelineClipType() : base("VideoTimelineClip", "A video or image asset on a VIDEO track.")
    {
        Field("asset", new GraphQLTypeReference("Asset")).ResolveAsync(c => CoreRows.AssetAsync(c, c.Source.AssetId));
        Field<NonNullGraphType<FloatGraphType>>("inPoint").Description("Source seconds.").Resolve(c => c.Source.InPoint);
        Field<NonNullGraphType<FloatGraphType>>("outPoint").Description("Source seconds.").Resolve(c => c.Source.OutPoint);
        Field<NonNullGraphType<FloatGraphType>>("volume").Resolve(c => c.Source.Volume);
        Field<NonNullGraphType<FloatGraphType>>("fadeInSeconds").Resolve(c => c.Source.FadeIn);
        Field<NonNullGraphType<FloatGraphType>>("fadeOutSeconds").Resolve(c => c.Source.FadeOut);
        Field<NonNullGraphType<ClipFitType>>("fit").Resolve(c => TimelineNames.Upper(c.Source.Fit));
        Field<NonNullGraphType<FloatGraphType>>("opacity").Resolve(c => c.Source.Opacity);
        Field<NonNullGraphType<FloatGraphType>>("x").Description("Box centre, fraction of the frame width.").Resolve(c => c.Source.X);
        Field<NonNullGraphType<FloatGraphType>>("y").Description("Box centre, fraction of the frame height.").Resolve(c => c.Source.Y);
        Field<NonNullGraphType<FloatGraphType>>("scale").Description("Box size, fraction of the frame.").Resolve(c => c.Source.Scale);
    }
}

internal sealed class AudioTimelineClipType : TimelineClipObjectType<AudioClip>
{
    public AudioTimelineClipType() : base("AudioTimelineClip", "An audio asset (or a video's sound) on an AUDIO track.")
    {
        Field("asset", new GraphQLTypeReference("Asset")).ResolveAsync(c => CoreRows.AssetAsync(c, c.Source.AssetId));
        Field<NonNullGraphType<FloatGraphType>>("inPoint").Resolve(c => c.Source.InPoint);
        Field<NonNullGraphType<FloatGraphType>>("outPoint").Resolve(c => c.Source.OutPoint);
        Field<NonNullGraphType<FloatGraphType>>("volume").Resolve(c => c.Source.Volume);
        Field<NonNullGraphType<FloatGraphType>>("fadeInSeconds").Resolve(c => c.Source.FadeIn);
        Field<NonNullGraphType<FloatGraphType>>("fadeOutSeconds").Resolve(c => c.Source.FadeOut);
    }
}

internal sealed class TextTimelineClipType : TimelineClipObjectType<TextClip>
{
    public TextTimelineClipType() : base("TextTimelineClip", "Text burned in over the picture (Thai gets a Thai font).")
    {
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<TextStyleType>>("style").Resolve(c => c.Source.Style);
    }
}

internal sealed class TextStyleType : ObjectGraphType<TextStyle>
{
    public TextStyleType()
    {
        Name = "TextStyle";
        Description = "Look of a text clip.";
        Field(x => x.FontSize).Description("Pixels of the timeline's height.");
        Field(x => x.Color).Description("#RRGGBB.");
        Field(x => x.OutlineColor);
        Field(x => x.Outline);
        Field(x => x.X);
        Field(x => x.Y);
        Field(x => x.Bold);
        Field(x => x.FontFamily, nullable: true);
    }
}

/// <summary><c>timeline(id)</c> and <c>timelines(projectId)</c>.</summary>
internal sealed class TimelineQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<TimelineType>("timeline")
            .Description("A timeline by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => GlobalId.TryDecode(c.GetArgument<string>("id"), out var type, out var id) && type == "Timeline"
                ? await c.RequestServices!.GetRequiredService<VideoDbContext>().Timelines.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, c.CancellationToken)
                : null);
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineType>>>>("timelines")
            .Description("The timelines of a project, newest first.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .ResolveAsync(async c => GlobalId.TryDecode(c.GetArgument<string>("projectId"), out var type, out var id) && type == "Project"
                ? await c.RequestServices!.GetRequiredService<VideoDbContext>().Timelines.AsNoTracking().Where(t => t.ProjectId == id)
                    .OrderByDescending(t => t.CreatedAt).ToListAsync(c.CancellationToken)
                : new List<TimelineRecord>());
    }
}
