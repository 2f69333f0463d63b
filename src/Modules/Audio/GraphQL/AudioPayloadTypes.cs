using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs;

namespace MediaCreator.Modules.Audio.GraphQL;

internal static class AudioJobErrorTypes
{
    public static readonly Type[] All =
    [
        typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(BudgetExceededErrorType), typeof(QuotaExceededErrorType),
        typeof(ProviderUnavailableErrorType), typeof(UnsupportedMediaErrorType),
    ];
}

internal sealed class SeparateStemsErrorType() : ErrorUnionType("separateStems", AudioJobErrorTypes.All);

internal sealed class AnalyzeMusicErrorType() : ErrorUnionType("analyzeMusic", AudioJobErrorTypes.All);

internal sealed class GenerateTabErrorType() : ErrorUnionType("generateTab", AudioJobErrorTypes.All);

internal sealed class GenerateMusicErrorType() : ErrorUnionType("generateMusic", AudioJobErrorTypes.All);

internal sealed class RemasterAudioErrorType() : ErrorUnionType("remasterAudio", AudioJobErrorTypes.All);

internal sealed class EditPodcastErrorType() : ErrorUnionType("editPodcast", AudioJobErrorTypes.All);

internal sealed class SeparateStemsPayloadType() : PayloadGraphType<JobType, SeparateStemsErrorType>("separateStems", "job");

internal sealed class AnalyzeMusicPayloadType() : PayloadGraphType<JobType, AnalyzeMusicErrorType>("analyzeMusic", "job");

internal sealed class GenerateTabPayloadType() : PayloadGraphType<JobType, GenerateTabErrorType>("generateTab", "job");

internal sealed class GenerateMusicPayloadType() : PayloadGraphType<JobType, GenerateMusicErrorType>("generateMusic", "job");

internal sealed class RemasterAudioPayloadType() : PayloadGraphType<JobType, RemasterAudioErrorType>("remasterAudio", "job");

internal sealed class EditPodcastPayloadType() : PayloadGraphType<JobType, EditPodcastErrorType>("editPodcast", "job");
