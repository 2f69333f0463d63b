using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Core.Workflows.Planning;
using MediaCreator.Modules.InputBrain.Ideas;
using MediaCreator.Modules.InputBrain.Persistence;

namespace MediaCreator.Modules.InputBrain.Drafts;

/// <summary>A draft as planned from an idea's selected version: its steps and what the run should make of them.</summary>
public sealed record PlannedDraft(IReadOnlyList<WorkflowStepSpec> Steps, WorkflowRunOutcome Outcome, string MetadataJson);

/// <summary>
/// Turns the selected version of an idea into a typed workflow DAG of job specs — the same <c>JobSpecInput</c>s a
/// client would send — wired with bindings: a video idea composes its music first and binds it into the video step
/// (ducked under the narration), renders a thumbnail beside it, and ends in an episode whose primary asset is the
/// video. Image ideas render the image (plus a square variant for feeds), music ideas compose the track and its cover.
/// </summary>
public static class DraftPlanner
{
    /// <param name="publishToAccountIds">Platform accounts (global ids) to publish the primary output to: one publishing step each.</param>
    public static PlannedDraft Plan(ContentIdeaRecord idea, IdeaOptionsData options, IdeaVersionPlan version, string? instructions, Guid? seriesId,
        IReadOnlyList<string>? publishToAccountIds = null)
    {
        var aspect = version.Format.AspectRatio ?? options.AspectRatio ?? "16:9";
        var duration = Math.Clamp(version.Format.DurationSeconds ?? options.DurationSeconds ?? 30, 3, 600);
        var guidance = string.IsNullOrWhiteSpace(instructions) ? "" : " " + instructions.Trim();
        var language = options.Language;
        var steps = new List<WorkflowStepSpec>();
        string primary;
        switch (idea.Type)
        {
            case "image":
                steps.Add(Image("image", "Image", version.PreviewPrompt + guidance, version.VisualStyle, Frame(aspect, 1080)));
                if (aspect != "1:1") steps.Add(Image("square", "Square variant for feeds", version.PreviewPrompt + guidance, version.VisualStyle, Frame("1:1", 1080)));
                primary = "image";
                break;
            case "music":
                steps.Add(Music("music", version, duration, guidance));
                steps.Add(Image("cover", "Cover art", $"{version.Title}: {version.Hook}{guidance}", version.VisualStyle, Frame("1:1", 1024)));
                primary = "music";
                break;
            default:
                // video and mixed: music, thumbnail and the narrated storyboard video with the music bound in.
                steps.Add(Music("music", version, duration, guidance));
                var thumbnailAspect = version.Format.Platform is "youtube" or "facebook" ? "16:9" : aspect;
                steps.Add(Image("thumbnail", "Thumbnail", $"{version.Title}: {version.Hook}{guidance}", version.VisualStyle, Frame(thumbnailAspect, 1280)));
                var (width, height) = Frame(aspect, 720);
                var video = new JsonObject
                {
                    ["mode"] = "GENERATE",
                    ["prompt"] = $"{version.Title}. {version.Hook}{guidance}",
                    ["script"] = string.Join(" ", version.Outline.Select(Sentence)),
                    ["durationSeconds"] = duration,
                    ["aspectRatio"] = "RATIO_" + aspect.Replace(':', '_'),
                    ["resolution"] = new JsonObject { ["width"] = width, ["height"] = height },
                    ["style"] = version.VisualStyle,
                    ["language"] = language,
                    ["captionStyle"] = version.Format.Platform == "tiktok" ? "TIKTOK" : "STANDARD",
                };
                steps.Add(new WorkflowStepSpec
                {
                    Key = "video", Name = "Narrated video", JobJson = new JsonObject { ["video"] = video }.ToJsonString(),
                    DependsOn = ["music"], Bindings = [new WorkflowStepBindingState { TargetField = "video.musicAssetId", FromStep = "music", OutputIndex = 0 }],
                    MaxAttempts = 2, RetryDelaySeconds = 5,
                });
                primary = "video";
                break;
        }

        var description = version.Hook + (version.Hashtags.Count > 0 ? "\n\n" + string.Join(" ", version.Hashtags) : "");
        foreach (var (accountId, i) in (publishToAccountIds ?? []).Select((a, i) => (a, i)))
        {
            steps.Add(Publish($"publish_{i + 1}", accountId, primary, steps.Any(s => s.Key == "thumbnail") ? "thumbnail" : null, version, description,
                ForKids(options.Audience)));
        }
        var episodeMetadata = new JsonObject
        {
            ["ideaId"] = idea.Id.ToString(), ["versionIndex"] = version.Index, ["contentType"] = idea.Type, ["platform"] = version.Format.Platform,
            ["aspectRatio"] = aspect, ["durationSeconds"] = duration, ["language"] = language,
            ["hashtags"] = new JsonArray([.. version.Hashtags.Select(h => (JsonNode)JsonValue.Create(h))]),
            ["tags"] = new JsonArray([.. version.Tags.Select(t => (JsonNode)JsonValue.Create(t))]),
        };
        var outcome = new WorkflowRunOutcome(primary, new WorkflowEpisodeOutcome(version.Title, description, seriesId, null, episodeMetadata.ToJsonString()));
        var metadata = new JsonObject
        {
            ["planner"] = "input-brain", ["contentType"] = idea.Type, ["versionIndex"] = version.Index, ["primaryStep"] = primary,
            ["instructions"] = instructions,
        };
        return new PlannedDraft(steps, outcome, metadata.ToJsonString());
    }

    private static WorkflowStepSpec Image(string key, string name, string prompt, string style, (int Width, int Height) size) => new()
    {
        Key = key, Name = name, MaxAttempts = 2, RetryDelaySeconds = 5,
        JobJson = new JsonObject
        {
            ["image"] = new JsonObject
            {
                ["mode"] = "GENERATE", ["prompt"] = Trim(prompt, 4000), ["style"] = style, ["width"] = size.Width, ["height"] = size.Height,
            },
        }.ToJsonString(),
    };

    private static WorkflowStepSpec Music(string key, IdeaVersionPlan version, double duration, string guidance) => new()
    {
        Key = key, Name = "Music", MaxAttempts = 2, RetryDelaySeconds = 5,
        JobJson = new JsonObject
        {
            ["audio"] = new JsonObject
            {
                ["mode"] = "GENERATE", ["prompt"] = Trim($"{version.MusicMood} background music for \"{version.Title}\"{guidance}", 4000),
                ["mood"] = version.MusicMood, ["durationSeconds"] = Math.Max(5, Math.Ceiling(duration)), ["instrumental"] = true,
            },
        }.ToJsonString(),
    };

    /// <summary>
    /// Publishes the primary step's first output to one account once it is done; the workflow engine writes the run's
    /// episode first and fills in <c>publishing.episodeId</c>.
    /// </summary>
    /// <param name="madeForKids">The audience declaration platforms require, from the idea's audience (editable in the draft).</param>
    private static WorkflowStepSpec Publish(string key, string accountId, string primary, string? thumbnailStep, IdeaVersionPlan version, string description,
        bool madeForKids)
    {
        List<WorkflowStepBindingState> bindings = [new() { TargetField = "publishing.assetId", FromStep = primary, OutputIndex = 0 }];
        if (thumbnailStep is not null) bindings.Add(new() { TargetField = "publishing.details.thumbnailAssetId", FromStep = thumbnailStep, OutputIndex = 0 });
        return new WorkflowStepSpec
        {
            Key = key, Name = "Publish", MaxAttempts = 1, DependsOn = [primary], Bindings = bindings,
            JobJson = new JsonObject
            {
                ["publishing"] = new JsonObject
                {
                    ["platformAccountId"] = accountId,
                    ["details"] = new JsonObject
                    {
                        ["title"] = Trim(version.Title, 100), ["description"] = Trim(description, 4000),
                        ["tags"] = new JsonArray([.. version.Tags.Take(15).Select(t => (JsonNode)JsonValue.Create(t))]),
                        // Our engines made it: declared as synthetic media wherever the platform asks.
                        ["platformOptions"] = new JsonObject { ["madeForKids"] = madeForKids, ["containsSyntheticMedia"] = true },
                    },
                },
            }.ToJsonString(),
        };
    }

    private static bool ForKids(string? audience) =>
        audience is not null && (audience.Contains("kid", StringComparison.OrdinalIgnoreCase) || audience.Contains("child", StringComparison.OrdinalIgnoreCase)
            || audience.Contains("เด็ก", StringComparison.Ordinal));

    /// <summary>A frame of <paramref name="aspect"/> whose long side is <paramref name="longSide"/> (even sizes, for encoders).</summary>
    internal static (int Width, int Height) Frame(string aspect, int longSide)
    {
        var parts = aspect.Split(':');
        var w = double.Parse(parts[0], CultureInfo.InvariantCulture);
        var h = double.Parse(parts[1], CultureInfo.InvariantCulture);
        var scale = longSide / Math.Max(w, h);
        return (Even(w * scale), Even(h * scale));
    }

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);

    private static string Sentence(string line)
    {
        var text = line.Trim();
        return text.Length == 0 || ".!?。".Contains(text[^1]) ? text : text + ".";
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];

    internal static string Serialize(IReadOnlyList<WorkflowStepSpec> steps) => JsonSerializer.Serialize(steps, GraphQL.IdeaJson.Options);
}
