using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Advisor;

/// <summary>
/// Writes a short narrative per recommendation with the configured chat model (Core's <c>AI:Chat</c>), when there is
/// one. Each request has <see cref="AdvisorOptions.NarrativeTimeout"/>; a failure leaves the narrative null (retried on a
/// later computation) and stops this run's other requests, so a dead model never slows a query twice.
/// </summary>
public sealed class AdvisorNarrator(IServiceProvider services, IOptions<AdvisorOptions> options, ILogger<AdvisorNarrator> logger)
{
    private const int MaxLength = 1200;

    /// <summary>Sets <see cref="Recommendation.Narrative"/> on <paramref name="recommendations"/>; true when any was written.</summary>
    public async Task<bool> WriteAsync(IReadOnlyList<Recommendation> recommendations, CancellationToken ct)
    {
        if (recommendations.Count == 0 || services.GetService<IChatClient>() is not { } chat) return false;
        var written = false;
        foreach (var recommendation in recommendations)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.NarrativeTimeout);
            try
            {
                var response = await chat.GetResponseAsync(Messages(recommendation), new ChatOptions { Temperature = 0.3f }, timeout.Token);
                var text = response.Text?.Trim();
                if (string.IsNullOrEmpty(text)) continue;
                recommendation.Narrative = text.Length > MaxLength ? text[..MaxLength] : text;
                written = true;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(e, "The chat model wrote no narrative for recommendation {Id}; leaving it empty", recommendation.Id);
                return written;
            }
        }
        return written;
    }

    private static List<ChatMessage> Messages(Recommendation recommendation) =>
    [
        new(ChatRole.System,
            "You are JARVIS, the analytics advisor of a content creator. Explain the recommendation in two or three short, "
            + "friendly sentences: what to do and why, quoting the figures given. Do not invent numbers. Plain text, no markdown."),
        new(ChatRole.User,
            $"Recommendation ({recommendation.Type}, {recommendation.Severity}): {recommendation.Title}\n"
            + $"Summary: {recommendation.Summary}\nFigures (JSON): {recommendation.DataJson}"),
    ];
}
