using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs;

namespace MediaCreator.Modules.Video.GraphQL;

internal static class VideoJobErrorTypes
{
    public static readonly Type[] All =
    [
        typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(BudgetExceededErrorType), typeof(QuotaExceededErrorType),
        typeof(ProviderUnavailableErrorType), typeof(UnsupportedMediaErrorType),
    ];
}

internal sealed class GenerateVideoErrorType() : ErrorUnionType("generateVideo", VideoJobErrorTypes.All);

internal sealed class EditVideoErrorType() : ErrorUnionType("editVideo", VideoJobErrorTypes.All);

internal sealed class MultiExportVideoErrorType() : ErrorUnionType("multiExportVideo", VideoJobErrorTypes.All);

internal sealed class SubtitleVideoErrorType() : ErrorUnionType("subtitleVideo", VideoJobErrorTypes.All);

internal sealed class PreviewVideoErrorType() : ErrorUnionType("previewVideo", VideoJobErrorTypes.All);

internal sealed class GenerateVideoPayloadType() : PayloadGraphType<JobType, GenerateVideoErrorType>("generateVideo", "job");

internal sealed class EditVideoPayloadType() : PayloadGraphType<JobType, EditVideoErrorType>("editVideo", "job");

internal sealed class MultiExportVideoPayloadType() : PayloadGraphType<JobType, MultiExportVideoErrorType>("multiExportVideo", "job");

internal sealed class SubtitleVideoPayloadType() : PayloadGraphType<JobType, SubtitleVideoErrorType>("subtitleVideo", "job");

internal sealed class PreviewVideoPayloadType() : PayloadGraphType<JobType, PreviewVideoErrorType>("previewVideo", "job");
