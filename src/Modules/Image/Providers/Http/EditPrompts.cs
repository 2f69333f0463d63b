using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>The instruction an AI edit sends, from the operation, the user's prompt and the parameters.</summary>
internal static class EditPrompts
{
    public static string For(ImageEditRequest request, string provider)
    {
        var prompt = request.Prompt?.Trim();
        var hasPrompt = !string.IsNullOrEmpty(prompt);
        switch (request.Operation)
        {
            case ImageEditOperation.RemoveObject:
                return "Remove the object in the marked area and fill it with background that continues the surroundings seamlessly"
                    + (hasPrompt ? $". {prompt}" : ".");
            case ImageEditOperation.ReplaceBackground:
                var background = hasPrompt ? prompt
                    : request.Parameters.BackgroundColor is { } color ? $"a plain solid {color} background"
                    : throw ProviderFailures.InvalidInput(provider, "REPLACE_BACKGROUND needs a prompt or a background colour.");
                return $"Replace the background with {background}. Keep the subject unchanged.";
            case ImageEditOperation.InsertObject:
                return hasPrompt ? $"Add {prompt} to the marked area, matching the scene's lighting and perspective."
                    : throw ProviderFailures.InvalidInput(provider, "INSERT_OBJECT needs a prompt naming the object.");
            default:
                return hasPrompt ? prompt!
                    : throw ProviderFailures.InvalidInput(provider, $"{request.Operation} needs a prompt.");
        }
    }

    /// <summary>A generation prompt with the style and the locked character's descriptor folded in.</summary>
    public static string Generation(ImageGenerateRequest request, bool styleSentSeparately = false)
    {
        var parts = new List<string> { request.Prompt.Trim() };
        if (!styleSentSeparately && !string.IsNullOrWhiteSpace(request.Style))
            parts.Add($"in {request.Style.Trim()} style");
        if (request.Character is { } character)
            parts.Add(string.IsNullOrWhiteSpace(character.Descriptor)
                ? $"featuring the character {character.Name}"
                : $"featuring {character.Name}: {character.Descriptor.Trim()}");
        return string.Join(", ", parts);
    }
}
