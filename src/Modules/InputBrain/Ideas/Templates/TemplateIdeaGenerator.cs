using System.Globalization;
using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Ideas.Templates;

/// <summary>
/// The built-in idea engine (no language model): each version tells the prompt's own topic from a different angle
/// (how-to, story, listicle, behind the scenes...), shaped by the options and leaning toward angles, topics and
/// formats that did best in the owner's data. Deterministic per prompt: the angle order is seeded from it.
/// </summary>
public sealed class TemplateIdeaGenerator : IIdeaGenerator
{
    public Task<IReadOnlyList<IdeaVersionPlan>> GenerateAsync(IdeaRequest request, TrendProfile trends, CancellationToken ct)
    {
        request.Validate();
        var topic = PromptTopic.Read(request);
        var platforms = PlatformFormats.Platforms(request, trends);
        var angles = ChooseAngles(request, topic, trends);
        var versions = new List<IdeaVersionPlan>(angles.Count);
        for (var i = 0; i < angles.Count; i++)
        {
            var format = PlatformFormats.For(platforms[i % platforms.Count], request, trends);
            versions.Add(new TemplateVersion(request, topic, trends, angles[i], format, i).Build());
        }
        return Task.FromResult<IReadOnlyList<IdeaVersionPlan>>(versions);
    }

    // Angles ordered by a seeded draw, nudged toward those whose cue words appear in the tone, the prompt or the
    // owner's best topics; the first VersionCount distinct ones are used.
    private static List<AngleTexts> ChooseAngles(IdeaRequest request, PromptTopic topic, TrendProfile trends)
    {
        var catalog = request.ContentType == "music" ? AngleCatalog.Music : AngleCatalog.Visual;
        var random = new Random(topic.Seed);
        var hints = string.Join(' ', new[] { request.Tone, request.Prompt, request.Instructions }.Where(t => t is not null)).ToLowerInvariant();
        var bestTopics = trends.TopTopics(10).Select(t => t.Key).ToList();
        return catalog
            .Select(a => (Angle: a, Weight: random.NextDouble()
                + (a.English.Cues.Concat(a.Thai.Cues).Any(c => hints.Contains(c, StringComparison.Ordinal)) ? 0.6 : 0)
                + (a.English.Cues.Any(c => bestTopics.Any(t => t.Split(' ').Contains(c))) ? 0.4 : 0)))
            .OrderByDescending(x => x.Weight)
            .Take(Math.Min(request.VersionCount, catalog.Count))
            .Select(x => x.Angle)
            .ToList();
    }
}
