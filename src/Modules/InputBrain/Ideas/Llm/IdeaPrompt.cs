using System.Globalization;
using System.Text;
using System.Text.Json;
using MediaCreator.Modules.InputBrain.Ideas.Trends;
using Microsoft.Extensions.AI;

namespace MediaCreator.Modules.InputBrain.Ideas.Llm;

/// <summary>The conversation that asks for idea versions; the schema is spelled out too, since not every server honours response_format.</summary>
internal static class IdeaPrompt
{
    public static List<ChatMessage> Messages(IdeaRequest request, TrendProfile trends) =>
    [
        new(ChatRole.System, System(request)),
        new(ChatRole.User, User(request, trends)),
    ];

    public static ChatMessage Correction(IReadOnlyList<string> problems, int versionCount) => new(ChatRole.User,
        "Your answer could not be used:\n" + string.Join('\n', problems.Select(p => "- " + p)) +
        $"\nReply again with only the JSON object matching the schema, with exactly {versionCount} versions, fixing every point above.");

    private static string System(IdeaRequest request) => $"""
        You are the idea engine of a content studio. From a creator's prompt you write {request.VersionCount} DISTINCT versions of the idea:
        each takes a different angle (how-to, story, listicle, behind the scenes, challenge, comparison, myth busting...), has its own title,
        hook and outline, and fits its target platform's format. Write title, hook, outline, rationale and hashtags in the language
        '{request.Language}'{(request.IsThai ? " (Thai script)" : "")}; write previewPrompt in English.
        visualStyle must be one of: {string.Join(", ", IdeaVocabulary.VisualStyles)}.
        musicMood must be one of: {string.Join(", ", IdeaVocabulary.MusicMoods)}.
        Hashtags are '#' followed by letters, digits or '_' with no spaces. Titles must all differ.
        Reply with only one JSON object (no prose, no code fence) matching this JSON Schema:
        {IdeaJsonSchema.Build(request, forValidation: false).ToJsonString(new JsonSerializerOptions { WriteIndented = false })}
        """;

    private static string User(IdeaRequest request, TrendProfile trends)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Content type: {request.ContentType}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Prompt: {request.Prompt}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Language: {request.Language}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Versions: {request.VersionCount}");
        text.AppendLine("Target platforms: " + (request.TargetPlatforms.Count > 0 ? string.Join(", ", request.TargetPlatforms) : "any"));
        if (request.AspectRatio is { } aspect) text.AppendLine(CultureInfo.InvariantCulture, $"Aspect ratio: {aspect}");
        if (request.DurationSeconds is { } seconds) text.AppendLine(CultureInfo.InvariantCulture, $"Duration: {seconds:0.#} seconds");
        if (request.Style is { } style) text.AppendLine(CultureInfo.InvariantCulture, $"Style: {style}");
        if (request.Audience is { } audience) text.AppendLine(CultureInfo.InvariantCulture, $"Audience: {audience}");
        if (request.Tone is { } tone) text.AppendLine(CultureInfo.InvariantCulture, $"Tone: {tone}");
        foreach (var reference in request.References)
            text.AppendLine(CultureInfo.InvariantCulture, $"Reference {reference.Kind}: {reference.FileName}{(reference.Description is { } d ? " — " + d : "")}");
        if (request.Instructions is { } instructions) text.AppendLine(CultureInfo.InvariantCulture, $"Instructions: {instructions}");
        text.AppendLine("The owner's own performance data (lean toward what works for them):");
        foreach (var line in trends.Summary()) text.AppendLine("- " + line);
        return text.ToString();
    }
}
