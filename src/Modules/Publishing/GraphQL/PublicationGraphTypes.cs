using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class PlatformConnectionStatusType : EnumerationGraphType<PlatformConnectionStatus>
{
    public PlatformConnectionStatusType()
    {
        Name = "PlatformConnectionStatus";
        Description = "State of the stored platform credentials.";
    }
}

internal sealed class PublicationStatusType : EnumerationGraphType<PublicationStatus>
{
    public PublicationStatusType()
    {
        Name = "PublicationStatus";
        Description = "Spec statuses SCHEDULED, PUBLISHED, FAILED (+ UPLOADING, CANCELLED).";
    }
}

internal sealed class PublicationVisibilityType : EnumerationGraphType<PublicationVisibility>
{
    public PublicationVisibilityType()
    {
        Name = "PublicationVisibility";
        Description = "Post visibility.";
    }
}

/// <summary>Revenue sources; stored lower case in <c>revenue_records.source</c>.</summary>
internal sealed class RevenueSourceType : NamedEnumType
{
    public RevenueSourceType() : base("RevenueSource", "Revenue source (`revenue_records.source`).", "ADSENSE", "CREATOR_FUND", "PRODUCT_SALE", "OTHER")
    {
    }
}

/// <summary>Platform keys are the lower-case <c>Platform</c> enum names (youtube, rss_feed, ...).</summary>
internal static class PlatformNames
{
    public static string ToGraphQL(string platform) => platform.ToUpperInvariant();

    public static string ToKey(string graphQLName) => graphQLName.ToLowerInvariant();
}

internal sealed class PlatformAccountType : ObjectGraphType<PlatformAccount>
{
    public PlatformAccountType()
    {
        Name = "PlatformAccount";
        Description = "A connected social/publishing account (table `platform_accounts`). `auth_config` tokens are never exposed.";
        this.ImplementsNode("PlatformAccount", x => x.Id);
        Field<NonNullGraphType<UuidScalarType>>("userId").Resolve(c => c.Source.OwnerId);
        Field<NonNullGraphType<PlatformType>>("platform").Resolve(c => PlatformNames.ToGraphQL(c.Source.Platform));
        Field(x => x.ExternalId);
        Field(x => x.Name);
        Field(x => x.Handle, nullable: true);
        Field<JsonScalarType>("metadata").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field<NonNullGraphType<PlatformConnectionStatusType>>("connectionStatus").Resolve(c => c.Source.ConnectionStatus);
        Field<StringGraphType>("connectionError").Description("Why the connection is EXPIRED or in ERROR (e.g. the platform refused a token refresh).")
            .Resolve(c => c.Source.ConnectionError);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("Granted OAuth scopes (names only).")
            .Resolve(c => (c.Source.Scopes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Field<DateTimeScalarType>("credentialsExpireAt").Description("When stored credentials expire; reconnect before.")
            .Resolve(c => c.Source.CredentialsExpireAt);
        Field("channel", new GraphQLTypeReference("ContentChannel")).Description("The channel the account publishes for.")
            .ResolveAsync(async c => c.Source.ChannelId is { } id
                ? await c.Db().Channels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken)
                : null);
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

internal sealed class PublicationDetailsType : ObjectGraphType<PublicationDetails>
{
    public PublicationDetailsType()
    {
        Name = "PublicationDetails";
        Description = "Post details for a platform.";
        Field(x => x.Title);
        Field(x => x.Description, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Tags);
        Field<NonNullGraphType<PublicationVisibilityType>>("visibility").Resolve(c => c.Source.Visibility);
        Field("thumbnail", new GraphQLTypeReference("Asset")).ResolveAsync(async c =>
            c.Source.ThumbnailAssetId is { } id ? await CoreRows.AssetAsync(c, id) : null);
        Field<JsonScalarType>("platformOptions").Description("Platform-specific options (e.g. YouTube category, made-for-kids, synthetic media).")
            .Resolve(c => c.Source.PlatformOptions);
    }
}

internal sealed class PublicationRecordType : ObjectGraphType<PublicationRecord>
{
    public PublicationRecordType()
    {
        Name = "PublicationRecord";
        Description = "One post of an episode on one platform account (table `publication_records`).";
        this.ImplementsNode("PublicationRecord", x => x.Id);
        Field<NonNullGraphType<EpisodeType>>("episode").ResolveAsync(async c =>
            await c.Db().Episodes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.EpisodeId, c.CancellationToken));
        Field<NonNullGraphType<PlatformAccountType>>("platformAccount").ResolveAsync(async c =>
            await c.Db().PlatformAccounts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.PlatformAccountId, c.CancellationToken));
        Field<NonNullGraphType<PlatformType>>("platform").Resolve(c => PlatformNames.ToGraphQL(c.Source.Platform));
        Field(x => x.ExternalPostId, nullable: true);
        Field<UrlScalarType>("postUrl").Description("Public URL of the post once published.")
            .Resolve(c => c.Source.PostUrl is not { } url ? null
                // An RSS item's media URL is stored with a placeholder origin: this server's, as the client reaches it.
                : c.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext is { } http
                    ? Feeds.FeedMediaUrlResolver.Rebase(new Uri(url), Feeds.FeedMediaUrlResolver.Origin(http))
                    : new Uri(url));
        Field<NonNullGraphType<PublicationStatusType>>("status").Resolve(c => c.Source.Status);
        Field<DateTimeScalarType>("scheduledTime").Resolve(c => c.Source.ScheduledTime);
        Field<DateTimeScalarType>("publishedTime").Resolve(c => c.Source.PublishedTime);
        Field(x => x.FailReason, nullable: true);
        Field(x => x.FailCode, nullable: true).Description("Machine-readable failure code, e.g. PLATFORM_RATE_LIMITED, PLATFORM_AUTH_EXPIRED, CHECK_FAILED.");
        Field<NonNullGraphType<BooleanGraphType>>("requiresApproval").Description("The publication waits until an owner approves it.")
            .Resolve(c => c.Source.RequiresApproval);
        Field<DateTimeScalarType>("approvedAt").Resolve(c => c.Source.ApprovedAt);
        Field<NonNullGraphType<PublicationDetailsType>>("details").Description("Post details sent to the platform.")
            .Resolve(c => PublicationDetails.Read(c.Source.DetailsJson, ""));
        Field<JsonScalarType>("metadata").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field("asset", new GraphQLTypeReference("Asset")).Description("Asset uploaded (e.g. the 9:16 export).")
            .ResolveAsync(async c => c.Source.AssetId is { } id ? await CoreRows.AssetAsync(c, id) : null);
        Field("uploadJob", new GraphQLTypeReference("Job")).Description("The `publishing.upload` job.")
            .ResolveAsync(async c => await CoreRows.JobAsync(c, c.Source.UploadJobId));
        Field<PerformanceSnapshotType>("latestSnapshot").ResolveAsync(async c =>
            await c.Db().Snapshots.AsNoTracking().Where(s => s.PublicationId == c.Source.Id).OrderByDescending(s => s.Timestamp)
                .FirstOrDefaultAsync(c.CancellationToken));
        this.Connection<SnapshotsConnectionType, PerformanceSnapshot>("snapshots",
                c => c.Db().Snapshots.AsNoTracking().Where(s => s.PublicationId == ((PublicationRecord)c.Source!).Id), x => x.Id)
            .Filter<PerformanceSnapshotFilterInputType>().Sort<PerformanceSnapshotSortInputType>();
        this.Connection<RevenueRecordsConnectionType, RevenueRecord>("revenueRecords",
                c => c.Db().RevenueRecords.AsNoTracking().Where(r => r.PublicationId == ((PublicationRecord)c.Source!).Id), x => x.Id)
            .Filter<RevenueRecordFilterInputType>().Sort<RevenueRecordSortInputType>();
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

internal sealed class PerformanceSnapshotType : ObjectGraphType<PerformanceSnapshot>
{
    public PerformanceSnapshotType()
    {
        Name = "PerformanceSnapshot";
        Description = "Metrics of a publication at a point in time (table `performance_snapshots`); counters are lifetime totals at `timestamp`.";
        this.ImplementsNode("PerformanceSnapshot", x => x.Id);
        Field<NonNullGraphType<PublicationRecordType>>("publication").ResolveAsync(async c =>
            await c.Db().Publications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.PublicationId, c.CancellationToken));
        Field<NonNullGraphType<DateTimeScalarType>>("timestamp").Resolve(c => c.Source.Timestamp);
        Field<NonNullGraphType<LongScalarType>>("views").Resolve(c => c.Source.Views);
        Field<NonNullGraphType<LongScalarType>>("likes").Resolve(c => c.Source.Likes);
        Field<NonNullGraphType<LongScalarType>>("comments").Resolve(c => c.Source.Comments);
        Field<NonNullGraphType<LongScalarType>>("shares").Resolve(c => c.Source.Shares);
        Field(x => x.WatchTimeSeconds);
        Field(x => x.Ctr, nullable: true).Description("Click-through rate 0..1.");
        Field(x => x.EngagementRate, nullable: true).Description("0..1.");
        Field<Core.Costs.MoneyType>("estimatedRevenue").Resolve(c =>
            c.Source.EstimatedRevenue is { } amount && c.Source.Currency is { } currency ? new Core.Costs.Money(amount, currency) : null);
        Field<JsonScalarType>("metadata").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
    }
}

internal sealed class RevenueRecordType : ObjectGraphType<RevenueRecord>
{
    public RevenueRecordType()
    {
        Name = "RevenueRecord";
        Description = "Revenue of a publication for a period (table `revenue_records`).";
        this.ImplementsNode("RevenueRecord", x => x.Id);
        Field<NonNullGraphType<PublicationRecordType>>("publication").ResolveAsync(async c =>
            await c.Db().Publications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.PublicationId, c.CancellationToken));
        Field<NonNullGraphType<RevenueSourceType>>("source").Resolve(c => c.Source.Source.ToUpperInvariant());
        Field<NonNullGraphType<DecimalScalarType>>("amount").Resolve(c => c.Source.Amount);
        Field(x => x.Currency).Description("ISO 4217, e.g. THB, USD.");
        Field<NonNullGraphType<DateScalarType>>("periodStart").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<DateScalarType>>("periodEnd").Resolve(c => c.Source.PeriodEnd);
        Field(x => x.Origin).Description("SYNC when a platform reported it, MANUAL when entered by mutation.")
            .Resolve(c => c.Source.Origin.ToUpperInvariant());
        Field<JsonScalarType>("metadata").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

internal sealed class PublicationsConnectionType() : ConnectionGraphType<PublicationRecordType>("Publications", "publications");

internal sealed class SnapshotsConnectionType() : ConnectionGraphType<PerformanceSnapshotType>("Snapshots", "performance snapshots");

internal sealed class RevenueRecordsConnectionType() : ConnectionGraphType<RevenueRecordType>("RevenueRecords", "revenue records");
