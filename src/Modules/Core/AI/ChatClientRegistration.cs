using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.AI;

/// <summary>The configured language model (section <c>AI:Chat</c>); none unless an endpoint or provider is set.</summary>
public sealed class ChatModelOptions
{
    /// <summary><c>openai</c> (any OpenAI-compatible server: OpenAI, vLLM, LM Studio, llama.cpp...) or <c>ollama</c>.</summary>
    public string? Provider { get; set; }

    /// <summary>Base URL, e.g. <c>https://api.openai.com/v1</c> or <c>http://localhost:11434</c>.</summary>
    public string? Endpoint { get; set; }

    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>Bearer key for OpenAI-compatible servers (from a secret store or environment, never from the API).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Per-request timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Provider) || !string.IsNullOrWhiteSpace(Endpoint);
}

/// <summary>
/// Registers <see cref="IChatClient"/> (Microsoft.Extensions.AI) from <c>AI:Chat</c> when a model is configured, so
/// modules ask for it optionally: translation, idea versions and the advisor's narrative use it when present and fall
/// back to their built-in engines when not.
/// </summary>
public static class ChatClientRegistration
{
    public static IHostApplicationBuilder AddChatModel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChatModelOptions>().BindConfiguration("AI:Chat");
        // Decided when first asked for, from the options as finally configured (a host may add settings after the
        // modules are registered): no model configured = no client, and GetService<IChatClient>() returns null.
        builder.Services.AddSingleton<IChatClient>(sp => sp.GetRequiredService<IOptions<ChatModelOptions>>().Value is { IsConfigured: true } options
            ? Create(options) : null!);
        return builder;
    }

    /// <summary>A client for <paramref name="options"/> (also used by tests against a local fake server).</summary>
    public static IChatClient Create(ChatModelOptions options)
    {
        var provider = (options.Provider ?? "openai").Trim().ToLowerInvariant();
        return provider switch
        {
            "ollama" => new OllamaSharp.OllamaApiClient(
                new HttpClient { BaseAddress = new Uri(options.Endpoint ?? "http://localhost:11434"), Timeout = options.Timeout }, options.Model),
            "openai" => new OpenAI.Chat.ChatClient(options.Model, new ApiKeyCredential(options.ApiKey ?? "unused"),
                new OpenAI.OpenAIClientOptions
                {
                    Endpoint = options.Endpoint is { Length: > 0 } e ? new Uri(e) : null,
                    NetworkTimeout = options.Timeout,
                }).AsIChatClient(),
            _ => throw new InvalidOperationException($"AI:Chat:Provider '{options.Provider}' is not known (use openai or ollama)."),
        };
    }
}
