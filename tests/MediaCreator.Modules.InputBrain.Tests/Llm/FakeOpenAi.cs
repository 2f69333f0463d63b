using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenAI;
using WireMock.Server;

namespace MediaCreator.Modules.InputBrain.Tests.Llm;

/// <summary>The real OpenAI client against a local WireMock server speaking <c>/v1/chat/completions</c>.</summary>
internal static class FakeOpenAi
{
    public const string CompletionsPath = "/v1/chat/completions";

    public static IChatClient Client(WireMockServer server) =>
        new OpenAI.Chat.ChatClient("gpt-4o-mini", new ApiKeyCredential("sk-test"), new OpenAIClientOptions
        {
            Endpoint = new Uri(server.Url + "/v1"),
            // The SDK's own retries would hide the status codes under test (and wait seconds between attempts).
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        }).AsIChatClient();

    /// <summary>A chat.completion response whose assistant message is <paramref name="content"/>.</summary>
    public static string Completion(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1764000000,
        ["model"] = "gpt-4o-mini",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 200, ["completion_tokens"] = 300, ["total_tokens"] = 500 },
    }.ToJsonString();

    /// <summary>A valid answer: <paramref name="count"/> versions on TikTok 9:16, titles in English or Thai.</summary>
    public static string Versions(int count, bool thai = false, string style = "bold", string mood = "energetic", string? duplicateTitle = null)
    {
        var versions = new JsonArray();
        string[] angles = ["how-to", "story", "listicle", "challenge", "comparison", "behind the scenes"];
        for (var i = 0; i < count; i++)
        {
            versions.Add(new JsonObject
            {
                ["angle"] = angles[i],
                ["title"] = duplicateTitle ?? (thai ? $"สตรีทฟู้ดกรุงเทพ ตอนที่ {i + 1}" : $"Bangkok street food, take {i + 1}"),
                ["hook"] = thai ? "ร้านนี้คิวยาวที่สุดในเยาวราช" : "This stall has the longest queue in Chinatown",
                ["outline"] = thai ? new JsonArray("เปิดด้วยเสียงกระทะ", "ชิมคำแรก", "บอกราคา") : new JsonArray("Sizzle of the wok", "First bite", "The price"),
                ["visualStyle"] = style,
                ["musicMood"] = mood,
                ["hashtags"] = new JsonArray(thai ? "#สตรีทฟู้ด" : "#streetfood", "#bangkok"),
                ["platform"] = "tiktok",
                ["aspectRatio"] = "9:16",
                ["durationSeconds"] = 30,
                ["previewPrompt"] = "bold thumbnail of a wok over fire at night market",
                ["rationale"] = thai ? "อาหารริมทางดึงคนดูบน TikTok" : "Street food pulls viewers on TikTok",
                ["tags"] = new JsonArray("street food", "bangkok"),
            });
        }
        return new JsonObject { ["versions"] = versions }.ToJsonString();
    }

    public static JsonNode RequestBody(WireMockServer server, int index) =>
        JsonNode.Parse(server.LogEntries.ElementAt(index).RequestMessage!.Body!)!;

    public static IEnumerable<string> MessageTexts(JsonNode body) =>
        body["messages"]!.AsArray().Select(m => m!["content"] is JsonValue v ? v.GetValue<string>()
            : string.Join("", m!["content"]!.AsArray().Select(p => p!["text"]?.GetValue<string>() ?? "")));

    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
