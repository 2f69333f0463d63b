using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaCreator.Modules.InputBrain.Ideas.Llm;

/// <summary>
/// The JSON Schema of the model's answer for one request: exactly VersionCount versions, platforms and aspect ratios
/// limited to what was asked. The schema sent lists the style and mood vocabularies as enums and forbids extra
/// properties; the one validated against leaves both open, so a near miss ("vintage") is mapped to the nearest word and
/// an extra field is ignored instead of costing a retry.
/// </summary>
internal static class IdeaJsonSchema
{
    public const string Name = "idea_versions";

    public static JsonObject Build(IdeaRequest request, bool forValidation)
    {
        var platforms = request.TargetPlatforms.Count > 0 ? request.TargetPlatforms : IdeaRequest.Platforms;
        var aspects = request.AspectRatio is { } aspect ? [aspect] : IdeaRequest.AspectRatios;
        var version = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = forValidation,
            ["required"] = Array("angle", "title", "hook", "outline", "visualStyle", "musicMood", "hashtags", "platform", "aspectRatio",
                "durationSeconds", "previewPrompt", "rationale", "tags"),
            ["properties"] = new JsonObject
            {
                ["angle"] = Text("How this version tells the idea (how-to, story, listicle, behind the scenes, challenge, comparison...)."),
                ["title"] = Text("Title in the requested language."),
                ["hook"] = Text("First line or first seconds that stop the scroll, in the requested language."),
                ["outline"] = List("Script beats or scene lines in order, in the requested language.", 2),
                ["visualStyle"] = Vocabulary("Visual style key.", IdeaVocabulary.VisualStyles, forValidation),
                ["musicMood"] = Vocabulary("Background music mood.", IdeaVocabulary.MusicMoods, forValidation),
                ["hashtags"] = List("Hashtags, each '#' followed by letters or digits, no spaces.", 1),
                ["platform"] = Enum(platforms),
                ["aspectRatio"] = Enum(aspects),
                ["durationSeconds"] = new JsonObject { ["type"] = Array("number", "null"), ["description"] = "Length in seconds; null for a still image." },
                ["previewPrompt"] = Text("English prompt for a quick low-resolution preview image of this version."),
                ["rationale"] = Text("Why this version should work for the audience and platform."),
                ["tags"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            },
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = forValidation,
            ["required"] = Array("versions"),
            ["properties"] = new JsonObject
            {
                ["versions"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = request.VersionCount,
                    ["maxItems"] = request.VersionCount,
                    ["items"] = version,
                },
            },
        };
    }

    public static JsonElement Element(IdeaRequest request) => JsonSerializer.SerializeToElement(Build(request, forValidation: false));

    private static JsonArray Array(params string[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["minLength"] = 1, ["description"] = description };

    private static JsonObject List(string description, int minItems) => new()
    {
        ["type"] = "array",
        ["minItems"] = minItems,
        ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        ["description"] = description,
    };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["type"] = "string", ["enum"] = Array(values.ToArray()) };

    private static JsonObject Vocabulary(string description, IEnumerable<string> values, bool open) =>
        open ? Text(description) : new JsonObject { ["type"] = "string", ["enum"] = Array(values.ToArray()), ["description"] = description };
}
