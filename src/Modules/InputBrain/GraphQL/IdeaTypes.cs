using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.InputBrain.Ideas;
using MediaCreator.Modules.InputBrain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.InputBrain.GraphQL;

internal sealed class ContentTypeType() : NamedEnumType("ContentType", "Idea content type (`content_ideas.type`).", "IMAGE", "VIDEO", "MUSIC", "MIXED");

internal sealed class ContentIdeaStatusType : EnumerationGraphType<ContentIdeaStatus>
{
    public ContentIdeaStatusType()
    {
        Name = "ContentIdeaStatus";
        Description = "Idea lifecycle (`content_ideas.status`).";
    }
}

internal static class IdeaJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<IdeaVersionPlan> Suggestions(ContentIdeaRecord idea) =>
        JsonSerializer.Deserialize<List<IdeaVersionPlan>>(idea.SuggestionsJson, Options) ?? [];

    public static IdeaOptionsData Options_(ContentIdeaRecord idea) =>
        JsonSerializer.Deserialize<IdeaOptionsData>(idea.OptionsJson, Options) ?? new IdeaOptionsData();

    public static IdeaVersionPlan? Plan(IdeaVersionRecord version) => JsonSerializer.Deserialize<IdeaVersionPlan>(version.MetadataJson, Options);

    public static InputBrainDbContext Db(this IResolveFieldContext c) => c.RequestServices!.GetRequiredService<InputBrainDbContext>();
}

internal sealed class ContentIdeaType : ObjectGraphType<ContentIdeaRecord>
{
    public ContentIdeaType()
    {
        Name = "ContentIdea";
        Description = "A prompt-based content idea with AI suggestions and preview versions (table `content_ideas`).";
        this.ImplementsNode("ContentIdea", x => x.Id);
        Field("project", new NonNullGraphType(new GraphQLTypeReference("Project")))
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoreDbContext>().Projects.FirstOrDefaultAsync(p => p.Id == c.Source.ProjectId, c.CancellationToken));
        Field<NonNullGraphType<ContentTypeType>>("type").Resolve(c => c.Source.Type.ToUpperInvariant());
        Field(x => x.Prompt);
        Field<NonNullGraphType<IdeaOptionsType>>("options").Resolve(c => IdeaJson.Options_(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdeaSuggestionType>>>>("aiSuggestions")
            .Description("The distinct versions of the idea, best first (ranked by the owner's own performance data when there is some).")
            .Resolve(c => IdeaJson.Suggestions(c.Source));
        Field<NonNullGraphType<StringGraphType>>("suggestionSource").Description("\"llm\" (the configured AI:Chat model) or \"template\" (the built-in engine).")
            .Resolve(c => c.Source.SuggestionSource);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdeaVersionType>>>>("versions")
            .ResolveAsync(async c => await c.Db().Versions.Where(v => v.IdeaId == c.Source.Id).OrderBy(v => v.VersionIndex).ToListAsync(c.CancellationToken));
        Field<IntGraphType>("selectedVersionIndex").Description("`selected_version`.").Resolve(c => c.Source.SelectedVersion);
        Field<IdeaVersionType>("selectedVersion").ResolveAsync(async c => c.Source.SelectedVersion is { } index
            ? await c.Db().Versions.FirstOrDefaultAsync(v => v.IdeaId == c.Source.Id && v.VersionIndex == index, c.CancellationToken) : null);
        Field<NonNullGraphType<ContentIdeaStatusType>>("status").Resolve(c => c.Source.Status);
        Field("referenceAssets", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Asset")))))
            .ResolveAsync(async c => await CoreRows.AssetsAsync(c, c.Source.ReferenceAssetIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowDraftType>>>>("workflowDrafts")
            .ResolveAsync(async c => await c.Db().Drafts.Where(d => d.IdeaId == c.Source.Id).OrderBy(d => d.CreatedAt).ToListAsync(c.CancellationToken));
        Field("sourceRecommendation", new GraphQLTypeReference("Recommendation")).Description("Advisor recommendation the idea came from (trend-based).")
            .ResolveAsync(async c => c.Source.SourceRecommendationId is { } id && c.RequestServices!.GetService<IRecommendationSource>() is { } source
                ? await source.FindAsync(id, c.CancellationToken) : null);
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

internal sealed class IdeaOptionsType : ObjectGraphType<IdeaOptionsData>
{
    public IdeaOptionsType()
    {
        Name = "IdeaOptions";
        Description = "Options of an idea (`options`).";
        Field(x => x.Style, nullable: true);
        Field("aspectRatio", new GraphQLTypeReference("AspectRatio")).Resolve(c => c.Source.AspectRatio);
        Field(x => x.DurationSeconds, nullable: true);
        Field(x => x.Language).Description("BCP 47 language tag.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformType>>>>("targetPlatforms")
            .Resolve(c => c.Source.TargetPlatforms.Select(p => p.ToUpperInvariant()).ToList());
        Field(x => x.VersionCount);
        Field(x => x.Audience, nullable: true);
        Field(x => x.Tone, nullable: true);
        Field<JsonScalarType>("custom").Resolve(c => JsonValues.Read(c.Source.CustomJson));
    }
}

internal sealed class IdeaSuggestionType : ObjectGraphType<IdeaVersionPlan>
{
    public IdeaSuggestionType()
    {
        Name = "IdeaSuggestion";
        Description = "One AI suggestion (`ai_suggestions[]`): a distinct version of the idea.";
        Field<NonNullGraphType<IntGraphType>>("versionIndex").Resolve(c => c.Source.Index);
        Field(x => x.Title);
        Field<NonNullGraphType<StringGraphType>>("prompt").Description("Prompt of the version's preview image.").Resolve(c => c.Source.PreviewPrompt);
        Field(x => x.Hook);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("outline").Description("Script beats / scenes.").Resolve(c => c.Source.Outline);
        Field(x => x.VisualStyle).Description("A style of the built-in image engine.");
        Field(x => x.MusicMood).Description("A mood of the built-in music composer.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags").Resolve(c => c.Source.Hashtags);
        Field<NonNullGraphType<IdeaFormatType>>("format").Resolve(c => c.Source.Format);
        Field<StringGraphType>("rationale").Resolve(c => c.Source.Rationale);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Tags);
        Field<FloatGraphType>("score").Description("0..1.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scoreReasons")
            .Description("Why it ranks where it does, with the figures from the owner's dashboard data.").Resolve(c => c.Source.ScoreReasons);
        Field(x => x.Source).Description("\"llm\" or \"template\".");
    }
}

internal sealed class IdeaFormatType : ObjectGraphType<TargetFormat>
{
    public IdeaFormatType()
    {
        Name = "IdeaFormat";
        Description = "Target platform format of a version.";
        Field<NonNullGraphType<StringGraphType>>("platform").Description("Lower-case platform key, e.g. tiktok.").Resolve(c => c.Source.Platform);
        Field("aspectRatio", new NonNullGraphType(new GraphQLTypeReference("AspectRatio"))).Resolve(c => c.Source.AspectRatio);
        Field(x => x.DurationSeconds, nullable: true);
    }
}

internal sealed class IdeaVersionType : ObjectGraphType<IdeaVersionRecord>
{
    public IdeaVersionType()
    {
        Name = "IdeaVersion";
        Description = "A preview variant of an idea (table `idea_versions`).";
        this.ImplementsNode("IdeaVersion", x => x.Id);
        Field<NonNullGraphType<ContentIdeaType>>("idea")
            .ResolveAsync(async c => await c.Db().Ideas.FirstOrDefaultAsync(i => i.Id == c.Source.IdeaId, c.CancellationToken));
        Field(x => x.VersionIndex);
        Field("previewAsset", new GraphQLTypeReference("Asset")).Description("The preview image, once its job completed.")
            .ResolveAsync(async c => c.Source.PreviewJobId is { } job
                ? await c.RequestServices!.GetRequiredService<CoreDbContext>().Assets.Where(a => a.SourceJobId == job).OrderBy(a => a.OutputIndex)
                    .FirstOrDefaultAsync(c.CancellationToken) : null);
        Field<JobType>("previewJob").ResolveAsync(async c => await CoreRows.JobAsync(c, c.Source.PreviewJobId));
        Field(x => x.Title, nullable: true);
        Field(x => x.Prompt, nullable: true);
        Field<IdeaSuggestionType>("suggestion").Resolve(c => IdeaJson.Plan(c.Source));
        Field<JsonScalarType>("metadata").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

internal sealed class IdeasConnectionType() : ConnectionGraphType<ContentIdeaType>("Ideas");

internal sealed class ContentIdeaFilterInputType : FilterInputType<ContentIdeaRecord>
{
    public ContentIdeaFilterInputType()
    {
        Name = "ContentIdeaFilterInput";
        Description = "Filter for ContentIdea lists (`where:`).";
        IdField("id", "ContentIdea", x => x.Id);
        IdField("projectId", "Project", x => x.ProjectId);
        EnumField<ContentIdeaStatusType, ContentIdeaStatus>("status", x => x.Status);
        StringField("prompt", x => x.Prompt);
        DateTimeField("createdAt", x => x.CreatedAt);
    }
}

internal sealed class ContentIdeaSortInputType : SortInputType<ContentIdeaRecord>
{
    public ContentIdeaSortInputType()
    {
        Name = "ContentIdeaSortInput";
        Description = "Sort fields for ContentIdea lists (`order:`).";
        SortField("status", x => x.Status);
        SortField("createdAt", x => x.CreatedAt);
    }
}
