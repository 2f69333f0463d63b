using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Audio.Persistence;
using MediaCreator.Modules.Audio.Results;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Audio.GraphQL;

/// <summary><c>audioAnalysis(audioAssetId)</c> and <c>tabs(audioAssetId, …)</c> (REST GET /music/analysis, /music/tab).</summary>
internal sealed class AudioQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<AudioAnalysisType>("audioAnalysis")
            .Description("Latest music analysis of an audio (or video) asset (REST `GET /music/analysis/{audio_asset_id}`).")
            .Argument<NonNullGraphType<IdGraphType>>("audioAssetId")
            .ResolveAsync(async c => AssetId(c) is { } id ? await AudioAssetFields.LatestAnalysisAsync(c, id) : null);
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TabRecordType>>>>("tabs")
            .Description("Tabs generated for an audio asset (REST `GET /music/tab/{audio_asset_id}`), newest first.")
            .Argument<NonNullGraphType<IdGraphType>>("audioAssetId")
            .Argument<InstrumentType>("instrument")
            .Argument<TabDifficultyType>("difficulty")
            .Argument<TabFormatType>("format")
            .ResolveAsync(async c => AssetId(c) is { } id ? await AudioAssetFields.TabsAsync(c, id) : new List<TabRecord>());
    }

    private static Guid? AssetId(IResolveFieldContext c) =>
        GlobalId.TryDecode(c.GetArgument<string>("audioAssetId"), out var type, out var id) && type == "Asset" ? id : null;
}

/// <summary><c>Asset.audioAnalysis</c>, <c>Asset.stemGroups</c>, <c>Asset.tabs</c>.</summary>
internal sealed class AudioAssetFields : IAssetFields
{
    public void AddTo(ObjectGraphType<Asset> assetType)
    {
        assetType.Field<AudioAnalysisType>("audioAnalysis").Description("Latest music analysis (audio and video assets).")
            .ResolveAsync(async c => await LatestAnalysisAsync(c, c.Source.Id));
        assetType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StemGroupType>>>>("stemGroups").Description("Stem separations of this asset, newest first.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<AudioDbContext>().StemGroups.AsNoTracking()
                .Where(g => g.SourceAssetId == c.Source.Id).OrderByDescending(g => g.CreatedAt).ToListAsync(c.CancellationToken));
        assetType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TabRecordType>>>>("tabs").Description("Tabs generated from this asset, newest first.")
            .Argument<InstrumentType>("instrument")
            .Argument<TabDifficultyType>("difficulty")
            .Argument<TabFormatType>("format")
            .ResolveAsync(async c => await TabsAsync(c, c.Source.Id));
    }

    internal static async Task<AudioAnalysis?> LatestAnalysisAsync(IResolveFieldContext c, Guid assetId) =>
        await c.RequestServices!.GetRequiredService<AudioDbContext>().Analyses.AsNoTracking()
            .Where(a => a.AssetId == assetId).OrderByDescending(a => a.CreatedAt).FirstOrDefaultAsync(c.CancellationToken);

    internal static async Task<List<TabRecord>> TabsAsync(IResolveFieldContext c, Guid assetId)
    {
        var query = c.RequestServices!.GetRequiredService<AudioDbContext>().Tabs.AsNoTracking().Where(t => t.AudioAssetId == assetId);
        if (c.GetArgument<string?>("instrument") is { } instrument) query = query.Where(t => t.Instrument == instrument);
        if (c.GetArgument<string?>("difficulty") is { } difficulty) query = query.Where(t => t.Difficulty == difficulty);
        if (c.GetArgument<string?>("format") is { } format) query = query.Where(t => t.Format == format);
        return await query.OrderByDescending(t => t.CreatedAt).ToListAsync(c.CancellationToken);
    }
}
