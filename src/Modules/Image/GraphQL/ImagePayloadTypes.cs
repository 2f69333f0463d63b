using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs;

namespace MediaCreator.Modules.Image.GraphQL;

internal sealed class ImageJobErrorTypes
{
    public static readonly Type[] All =
    [
        typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(BudgetExceededErrorType), typeof(QuotaExceededErrorType),
        typeof(ProviderUnavailableErrorType), typeof(UnsupportedMediaErrorType),
    ];
}

internal sealed class GenerateImageErrorType() : ErrorUnionType("generateImage", ImageJobErrorTypes.All);

internal sealed class EditImageErrorType() : ErrorUnionType("editImage", ImageJobErrorTypes.All);

internal sealed class ApplyImageTemplateErrorType() : ErrorUnionType("applyImageTemplate", ImageJobErrorTypes.All);

internal sealed class BatchGenerateImagesErrorType() : ErrorUnionType("batchGenerateImages", ImageJobErrorTypes.All);

internal sealed class UpscaleImageErrorType() : ErrorUnionType("upscaleImage", ImageJobErrorTypes.All);

internal sealed class GenerateImagePayloadType() : PayloadGraphType<JobType, GenerateImageErrorType>("generateImage", "job");

internal sealed class EditImagePayloadType() : PayloadGraphType<JobType, EditImageErrorType>("editImage", "job");

internal sealed class ApplyImageTemplatePayloadType() : PayloadGraphType<JobType, ApplyImageTemplateErrorType>("applyImageTemplate", "job");

internal sealed class BatchGenerateImagesPayloadType() : PayloadGraphType<JobType, BatchGenerateImagesErrorType>("batchGenerateImages", "job");

internal sealed class UpscaleImagePayloadType() : PayloadGraphType<JobType, UpscaleImageErrorType>("upscaleImage", "job");
