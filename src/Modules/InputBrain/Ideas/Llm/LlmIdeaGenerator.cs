using System.ClientModel;
using System.Net;
using MediaCreator.Modules.InputBrain.Ideas.Trends;
using Microsoft.Extensions.AI;

namespace MediaCreator.Modules.InputBrain.Ideas.Llm;

/// <summary>
/// Asks the configured language model for structured idea versions (JSON Schema response format, schema also in the
/// prompt), validates the answer, and on a malformed or invalid one asks again with the problems listed, up to
/// <see cref="LlmIdeaOptions.MaxAttempts"/> requests. Transport failures are not retried here: they surface typed.
/// </summary>
public sealed class LlmIdeaGenerator(IChatClient client, LlmIdeaOptions options) : IIdeaGenerator
{
    public async Task<IReadOnlyList<IdeaVersionPlan>> GenerateAsync(IdeaRequest request, TrendProfile trends, CancellationToken ct)
    {
        request.Validate();
        var messages = IdeaPrompt.Messages(request, trends);
        var chatOptions = new ChatOptions
        {
            Temperature = options.Temperature,
            ModelId = options.ModelId,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(IdeaJsonSchema.Element(request), IdeaJsonSchema.Name,
                "Distinct versions of a content idea."),
        };
        IReadOnlyList<string> problems = [];
        var attempts = Math.Max(1, options.MaxAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var reply = await AskAsync(messages, chatOptions, ct);
            (var plans, problems) = IdeaReplyReader.Read(reply, request, trends);
            if (plans is not null) return plans;
            messages.Add(new ChatMessage(ChatRole.Assistant, reply));
            messages.Add(IdeaPrompt.Correction(problems, request.VersionCount));
        }
        throw new IdeaGenerationException(IdeaErrorCodes.MalformedOutput,
            $"The language model gave no usable idea versions in {attempts} attempt(s); last problems: {string.Join("; ", problems)}.");
    }

    private async Task<string> AskAsync(List<ChatMessage> messages, ChatOptions chatOptions, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var response = await client.GetResponseAsync(messages, chatOptions, timeout.Token);
            return response.Text;
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new IdeaGenerationException(IdeaErrorCodes.Timeout, $"The language model did not answer within {options.Timeout.TotalSeconds:0.#} s.", e);
        }
        catch (ClientResultException e)
        {
            throw Typed(e.Status, e.Message, e);
        }
        catch (HttpRequestException e)
        {
            throw Typed(e.StatusCode is { } status ? (int)status : 0, e.Message, e);
        }
    }

    private static IdeaGenerationException Typed(int status, string detail, Exception inner) => status switch
    {
        (int)HttpStatusCode.TooManyRequests => new(IdeaErrorCodes.RateLimited, $"The language model is rate limited (HTTP 429); try again later. {detail}", inner),
        (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden => new(IdeaErrorCodes.Unauthorized, $"The language model refused the credentials (HTTP {status}). {detail}", inner),
        (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.GatewayTimeout => new(IdeaErrorCodes.Timeout, $"The language model timed out (HTTP {status}). {detail}", inner),
        0 or >= 500 => new(IdeaErrorCodes.Unavailable, $"The language model is unavailable{(status > 0 ? $" (HTTP {status})" : "")}. {detail}", inner),
        _ => new(IdeaErrorCodes.Rejected, $"The language model rejected the request (HTTP {status}). {detail}", inner),
    };
}
