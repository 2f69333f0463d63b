using Microsoft.Extensions.AI;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

/// <summary>A test-only chat client: answers each call with the next reply function and records what it was sent.</summary>
internal sealed class ScriptedChatClient(params Func<IReadOnlyList<ChatMessage>, string>[] replies) : IChatClient
{
    public List<IReadOnlyList<ChatMessage>> Calls { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages.ToList();
        Calls.Add(sent);
        var reply = replies[Math.Min(Calls.Count - 1, replies.Length - 1)](sent);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    /// <summary>Translates by upper-casing each numbered line of the last user message, as the JSON the prompt asks for.</summary>
    public static string UpperCaseJson(IReadOnlyList<ChatMessage> messages)
    {
        var lines = messages.First(m => m.Role == ChatRole.User).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var items = lines.Select(l => l.Split(": ", 2)).Select(p => $"{{\"n\": {p[0]}, \"text\": {System.Text.Json.JsonSerializer.Serialize(p[1].ToUpperInvariant())}}}");
        return "```json\n[" + string.Join(",", items) + "]\n```";
    }
}
