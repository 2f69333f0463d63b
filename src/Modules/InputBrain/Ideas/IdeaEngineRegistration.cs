using MediaCreator.Modules.InputBrain.Ideas.Llm;
using MediaCreator.Modules.InputBrain.Ideas.Templates;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.InputBrain.Ideas;

public static class IdeaEngineRegistration
{
    /// <summary>
    /// Registers <see cref="IIdeaGenerator"/> and <see cref="IdeaEngine"/>. When an <see cref="IChatClient"/> is
    /// registered (Core's <c>AddChatModel</c> with <c>AI:Chat</c> set) the model writes the versions and its failures
    /// surface as <see cref="IdeaGenerationException"/>; the templates are used only when no model is configured,
    /// never as a silent substitute for a failed model call. Options bind from section <c>LlmIdeaOptions</c>.
    /// </summary>
    public static IServiceCollection AddIdeaEngine(this IServiceCollection services)
    {
        services.AddOptions<LlmIdeaOptions>().BindConfiguration("InputBrain:Llm");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TemplateIdeaGenerator>();
        services.AddSingleton<IIdeaGenerator>(sp => sp.GetService<IChatClient>() is { } chat
            ? new LlmIdeaGenerator(chat, sp.GetRequiredService<IOptions<LlmIdeaOptions>>().Value)
            : sp.GetRequiredService<TemplateIdeaGenerator>());
        services.AddSingleton<IdeaEngine>();
        return services;
    }
}
