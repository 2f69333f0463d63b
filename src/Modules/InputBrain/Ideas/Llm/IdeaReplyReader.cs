using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Ideas.Llm;

/// <summary>Checks a model answer against the schema and the domain rules and turns it into plans, or lists what is wrong.</summary>
internal static partial class IdeaReplyReader
{
    public static (IReadOnlyList<IdeaVersionPlan>? Plans, IReadOnlyList<string> Problems) Read(string reply, IdeaRequest request, TrendProfile trends)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(Unfence(reply));
        }
        catch (JsonException e)
        {
            return (null, [$"the answer is not valid JSON ({e.Message})"]);
        }
        if (root is null) return (null, ["the answer is empty"]);
        var schema = JsonSchema.FromText(IdeaJsonSchema.Build(request, forValidation: true).ToJsonString());
        var result = schema.Evaluate(JsonSerializer.SerializeToElement(root), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var problems = (result.Details ?? []).Append(result).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } l ? l : "/")}: {e.Value}"))
                .Distinct().Take(12).ToList();
            return (null, problems);
        }
        var versions = root["versions"]!.AsArray().Select(v => v!.AsObject()).ToList();
        var errors = new List<string>();
        var plans = versions.Select((v, i) => Plan(v, i, request, trends, errors)).ToList();
        foreach (var duplicate in plans.GroupBy(p => p.Title.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add($"the title '{duplicate.Key}' is used by {duplicate.Count()} versions; every version needs its own title and angle");
        return errors.Count > 0 ? (null, errors) : (plans, []);
    }

    private static IdeaVersionPlan Plan(JsonObject v, int i, IdeaRequest request, TrendProfile trends, List<string> errors)
    {
        var at = $"/versions/{i}";
        string Text(string name) => v[name]!.GetValue<string>().Trim();
        List<string> Texts(string name) => v[name]!.AsArray().Select(x => x!.GetValue<string>().Trim()).Where(x => x.Length > 0).ToList();

        var (title, hook, outline) = (Text("title"), Text("hook"), Texts("outline"));
        foreach (var (name, value) in new[] { ("title", title), ("hook", hook), ("rationale", Text("rationale")), ("previewPrompt", Text("previewPrompt")) })
        {
            if (value.Length == 0) errors.Add($"{at}/{name}: must not be blank");
        }
        CheckLanguage(request, at, title, hook, outline, errors);
        var style = IdeaVocabulary.NearestStyle(Text("visualStyle"));
        if (style is null) errors.Add($"{at}/visualStyle: '{Text("visualStyle")}' is not one of {string.Join(", ", IdeaVocabulary.VisualStyles)}");
        var mood = IdeaVocabulary.NearestMood(Text("musicMood"));
        if (mood is null) errors.Add($"{at}/musicMood: '{Text("musicMood")}' is not one of {string.Join(", ", IdeaVocabulary.MusicMoods)}");
        var hashtags = new List<string>();
        foreach (var tag in Texts("hashtags"))
        {
            if (IdeaVocabulary.Hashtag(tag) is { } clean) hashtags.Add(clean);
            else errors.Add($"{at}/hashtags: '{tag}' has no letters or digits (or is over 40 characters)");
        }
        var format = Format(v, request, at, errors);
        var (score, reason) = IntrinsicQuality.Assess(request, title, hook, outline, format, trends);
        var angle = Text("angle");
        var tags = new[] { angle.ToLowerInvariant(), format.Platform, request.ContentType }.Concat(Texts("tags")).Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new IdeaVersionPlan(i, request.ContentType, title, hook, outline, style ?? "", mood ?? "", hashtags.Distinct().ToList(), format,
            Text("previewPrompt"), Text("rationale"), score, [reason], "llm", tags);
    }

    private static TargetFormat Format(JsonObject v, IdeaRequest request, string at, List<string> errors)
    {
        var platform = v["platform"]!.GetValue<string>();
        var aspect = v["aspectRatio"]!.GetValue<string>();
        var seconds = v["durationSeconds"]?.GetValue<double>();
        if (request.ContentType == "image") return new TargetFormat(platform, aspect, null);
        if (seconds is null or <= 0) return PlatformFormats.For(platform, request with { AspectRatio = aspect }, TrendProfile.Empty);
        if (request.DurationSeconds is { } asked && Math.Abs(seconds.Value - asked) > asked * 0.25)
            errors.Add($"{at}/durationSeconds: {seconds:0.#} s is far from the requested {asked:0.#} s");
        return new TargetFormat(platform, aspect, seconds);
    }

    // Thai requests need Thai script in what the viewer reads; English ones Latin letters.
    private static void CheckLanguage(IdeaRequest request, string at, string title, string hook, List<string> outline, List<string> errors)
    {
        if (request.IsThai)
        {
            if (!TextKeywords.IsThai(title)) errors.Add($"{at}/title: must be written in Thai (language '{request.Language}')");
            if (!TextKeywords.IsThai(hook)) errors.Add($"{at}/hook: must be written in Thai (language '{request.Language}')");
            if (outline.Count(TextKeywords.IsThai) * 2 < outline.Count) errors.Add($"{at}/outline: most lines must be written in Thai (language '{request.Language}')");
        }
        else if (request.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            if (!Latin().IsMatch(title) || TextKeywords.IsThai(title)) errors.Add($"{at}/title: must be written in English (language '{request.Language}')");
            if (TextKeywords.IsThai(hook)) errors.Add($"{at}/hook: must be written in English (language '{request.Language}')");
        }
    }

    // Some servers wrap JSON in a Markdown code fence even when told not to.
    private static string Unfence(string reply)
    {
        var text = reply.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal)) return text;
        var firstLine = text.IndexOf('\n');
        var end = text.LastIndexOf("```", StringComparison.Ordinal);
        return firstLine > 0 && end > firstLine ? text[(firstLine + 1)..end] : text;
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
