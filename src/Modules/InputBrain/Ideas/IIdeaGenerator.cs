using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>Turns a prompt and its options into <see cref="IdeaRequest.VersionCount"/> distinct versions.</summary>
public interface IIdeaGenerator
{
    /// <exception cref="IdeaGenerationException">The request is invalid or the model failed (see <see cref="IdeaErrorCodes"/>).</exception>
    Task<IReadOnlyList<IdeaVersionPlan>> GenerateAsync(IdeaRequest request, TrendProfile trends, CancellationToken ct);
}
