using System.Text.Json;
using MediaCreator.Modules.Image.Providers.Http;

namespace MediaCreator.Modules.Image.Providers.Flux;

/// <summary>
/// Polls a submitted BFL task (<c>GET polling_url</c>, or <c>/v1/get_result?id=</c>) until it is <c>Ready</c>:
/// <c>Pending</c> waits, <c>Request Moderated</c>/<c>Content Moderated</c> is a content-policy refusal, <c>Error</c>
/// a failed generation, <c>Task not found</c> a lost task; past the poll timeout we stop.
/// </summary>
internal static class FluxPoller
{
    public sealed record Ready(string SampleUrl, long? Seed);

    public static async Task<Ready> WaitAsync(
        ProviderHttpClient client, FluxOptions o, Func<HttpRequestMessage> poll, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(o.PollTimeout);
        try
        {
            while (true)
            {
                var answer = await client.SendJsonAsync(poll, deadline.Token);
                if (Interpret(answer) is { } ready)
                    return ready;
                await Task.Delay(o.PollInterval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw ProviderFailures.Timeout("flux", $"the task was not ready within {o.PollTimeout.TotalSeconds:0.###} s");
        }
    }

    private static Ready? Interpret(JsonElement answer)
    {
        var status = ProviderJson.String(answer, "status")
            ?? throw ProviderFailures.ProviderError("flux", "the poll answer has no status.");
        switch (status)
        {
            case "Ready":
                var result = answer.TryGetProperty("result", out var r) ? r : default;
                var sample = ProviderJson.String(result, "sample")
                    ?? throw ProviderFailures.ProviderError("flux", "the task is Ready but result.sample is missing.");
                long? seed = result.ValueKind == JsonValueKind.Object && result.TryGetProperty("seed", out var s) && s.TryGetInt64(out var value) ? value : null;
                return new Ready(sample, seed);
            case "Pending" or "Queued" or "Processing":
                return null;
            case "Request Moderated" or "Content Moderated":
                throw ProviderFailures.ContentPolicy("flux", $"{status}{Details(answer)}");
            case "Error":
                throw ProviderFailures.Unavailable("flux", $"the generation failed{Details(answer)}");
            case "Task not found":
                throw ProviderFailures.ProviderError("flux", "the task was not found (expired or never created).");
            default:
                throw ProviderFailures.ProviderError("flux", $"unknown task status '{status}'.");
        }
    }

    private static string Details(JsonElement answer) =>
        answer.TryGetProperty("details", out var details) && details.ValueKind is not JsonValueKind.Null
            ? $" ({Truncate(details.ToString())})"
            : "";

    private static string Truncate(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
