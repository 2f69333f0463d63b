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

    // Angles ordered by a seeded draw in 0..1; a cue word in the tone, prompt or instructions adds 1 (so the creator's
    // wish always wins), one in the owner's best topics adds 0.5. The first VersionCount distinct angles are used.
    private static List<AngleTexts> ChooseAngles(IdeaRequest request, PromptTopic topic, TrendProfile trends)
    {
        var catalog = request.ContentType == "music" ? AngleCatalog.Music : AngleCatalog.Visual;
        var random = new Random(topic.Seed);
        var hints = string.Join(' ', new[] { request.Tone, request.Prompt, request.Instructions }.Where(t => t is not null)).ToLowerInvariant();
        var hintWords = hints.Split(Separators, StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var bestWords = trends.TopTopics(10).SelectMany(t => t.Key.Split(' ')).ToHashSet();
        return catalog
            .Select(a => (Angle: a, Weight: random.NextDouble()
                + (a.English.Cues.Concat(a.Thai.Cues).Any(c => TextKeywords.IsThai(c) ? hints.Contains(c, StringComparison.Ordinal) : hintWords.Contains(c)) ? 1 : 0)
                + (a.English.Cues.Any(bestWords.Contains) ? 0.5 : 0)))
            .OrderByDescending(x => x.Weight)
            .Take(Math.Min(request.VersionCount, catalog.Count))
            .Select(x => x.Angle)
            .ToList();
    }

    private static readonly char[] Separators = [' ', ',', '.', '!', '?', ';', ':', '-', '/', '(', ')', '"', '\'', '#', '\n'];
}
