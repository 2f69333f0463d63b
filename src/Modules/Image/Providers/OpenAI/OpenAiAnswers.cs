using System.Net;
using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Providers.Http;

namespace MediaCreator.Modules.Image.Providers.OpenAI;

/// <summary>Reading Images API answers: <c>{created, data:[{b64_json | url, revised_prompt}]}</c> and refusals.</summary>
internal static class OpenAiAnswers
{
    private static readonly string[] RefusalCodes = ["content_policy_violation", "moderation_blocked"];

    /// <summary><c>{"error": {"code": "content_policy_violation", "message": ..., "type": "invalid_request_error"}}</c>.</summary>
    public static ImageProviderException? Refusal(HttpStatusCode status, JsonElement? body)
    {
        if ((int)status is < 400 or >= 500 || body is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("error", out var error))
            return null;
        var code = ProviderJson.String(error, "code");
        return code is not null && RefusalCodes.Contains(code)
            ? ProviderFailures.ContentPolicy("openai-images", ProviderJson.String(error, "message"))
            : null;
    }

    /// <summary>The first image entry: its base64 (or null), its URL (or null) and the revised prompt.</summary>
    public static (string? Base64, string? Url, string? RevisedPrompt) First(JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("data", out var data)
            || data.ValueKind != JsonValueKind.Array || data.GetArrayLength() == 0)
            throw ProviderFailures.ProviderError("openai-images", "the answer has no data[] entry.");
        var item = data[0];
        return (ProviderJson.String(item, "b64_json"), ProviderJson.String(item, "url"), ProviderJson.String(item, "revised_prompt"));
    }
}
