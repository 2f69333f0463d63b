using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Publishing.GraphQL.Accounts;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;

namespace MediaCreator.Modules.Publishing.GraphQL.Sync;

internal sealed class SyncPublicationMetricsInputType : InputObjectGraphType
{
    public SyncPublicationMetricsInputType()
    {
        Name = "SyncPublicationMetricsInput";
        Description = "Provide `publicationId` or `channelId`.";
        Field<IdGraphType>("publicationId");
        Field<IdGraphType>("channelId");
    }
}

internal sealed class SyncPublicationRevenueInputType : InputObjectGraphType
{
    public SyncPublicationRevenueInputType()
    {
        Name = "SyncPublicationRevenueInput";
        Description = "Provide `publicationId` or `channelId`. Without a period: the current calendar month (and the previous one in a month's first days).";
        Field<IdGraphType>("publicationId");
        Field<IdGraphType>("channelId");
        Field<DateScalarType>("periodStart");
        Field<DateScalarType>("periodEnd");
    }
}

internal sealed class RecordRevenueInputType : InputObjectGraphType
{
    public RecordRevenueInputType()
    {
        Name = "RecordRevenueInput";
        Description = "Input of `recordRevenue`: revenue a platform does not report. The same publication, source and period again corrects the record.";
        Field<NonNullGraphType<IdGraphType>>("publicationId");
        Field<NonNullGraphType<RevenueSourceType>>("source");
        Field<NonNullGraphType<DecimalScalarType>>("amount").Description("≥ 0.");
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217, upper case (THB, USD).");
        Field<NonNullGraphType<DateScalarType>>("periodStart");
        Field<NonNullGraphType<DateScalarType>>("periodEnd");
        Field<JsonScalarType>("metadata");
    }
}

internal sealed class DeleteRevenueRecordInputType : InputObjectGraphType
{
    public DeleteRevenueRecordInputType()
    {
        Name = "DeleteRevenueRecordInput";
        Description = "Input of `deleteRevenueRecord`.";
        Field<NonNullGraphType<IdGraphType>>("revenueRecordId");
    }
}

internal sealed class SyncPublicationMetricsErrorType() : ErrorUnionType("syncPublicationMetrics", typeof(ValidationErrorType), typeof(NotFoundErrorType),
    typeof(PlatformAuthorizationErrorType), typeof(QuotaExceededErrorType));

internal sealed class SyncPublicationMetricsPayloadType() : PayloadGraphType<JobType, SyncPublicationMetricsErrorType>("syncPublicationMetrics", "job");

internal sealed class SyncPublicationRevenueErrorType() : ErrorUnionType("syncPublicationRevenue", typeof(ValidationErrorType), typeof(NotFoundErrorType),
    typeof(PlatformAuthorizationErrorType), typeof(QuotaExceededErrorType));

internal sealed class SyncPublicationRevenuePayloadType() : PayloadGraphType<JobType, SyncPublicationRevenueErrorType>("syncPublicationRevenue", "job");

internal sealed class RecordRevenueErrorType() : ErrorUnionType("recordRevenue", typeof(ValidationErrorType), typeof(NotFoundErrorType));

internal sealed class RecordRevenuePayloadType() : PayloadGraphType<RevenueRecordType, RecordRevenueErrorType>("recordRevenue", "revenueRecord");

internal sealed class DeleteRevenueRecordErrorType() : ErrorUnionType("deleteRevenueRecord", typeof(NotFoundErrorType));

internal sealed class DeleteRevenueRecordPayloadType() : PayloadGraphType<IdGraphType, DeleteRevenueRecordErrorType>("deleteRevenueRecord", "deletedRevenueRecordId");
