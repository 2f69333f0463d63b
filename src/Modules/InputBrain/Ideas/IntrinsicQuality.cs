using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>
/// A version's quality before the owner's data is considered, the same for template and model versions:
/// 0.35 + 0.35 × share of the prompt's first four topic words used (not style, mood or format words) + 0.1 each for a hook of at most 90 characters, an
/// aspect ratio usual on the platform (or the owner's best there) and a pace of 3–90 s per beat.
/// </summary>
public static class IntrinsicQuality
{
    public static (double Score, string Reason) Assess(IdeaRequest request, string title, string hook, IReadOnlyList<string> outline,
        TargetFormat format, TrendProfile trends)
    {
        var text = string.Join(' ', [title, hook, .. outline]).ToLowerInvariant();
        var keywords = TextKeywords.Words(request.Prompt).Where(w => !IdeaVocabulary.IsFormatWord(w) && !IdeaVocabulary.IsDecorative(w)).Take(4).ToList();
        var covered = keywords.Count(k => text.Contains(k, StringComparison.Ordinal));
        var coverage = keywords.Count == 0 ? 0 : (double)covered / keywords.Count;
        var hookFits = hook.Length <= 90;
        var aspectFits = format.AspectRatio == PlatformFormats.DefaultAspect(format.Platform, request.ContentType)
            || trends.BestFormatOn(format.Platform)?.AspectRatio == format.AspectRatio;
        double? pace = format.DurationSeconds is { } s && outline.Count > 0 ? s / outline.Count : null;
        var paceFits = pace is null or (>= 3 and <= 90);
        var score = Math.Round(0.35 + 0.35 * coverage + (hookFits ? 0.1 : 0) + (aspectFits ? 0.1 : 0) + (paceFits ? 0.1 : 0), 3);
        var reason = $"Idea quality {score:0.00}: covers {covered} of {keywords.Count} prompt keywords; hook {hook.Length} characters{(hookFits ? "" : " (long)")}; "
            + $"{format.AspectRatio} {(aspectFits ? "suits" : "is unusual on")} {TrendText.PlatformName(format.Platform)}"
            + (pace is { } p ? $"; {outline.Count} beats in {format.DurationSeconds:0} s ({p:0.#} s each{(paceFits ? "" : ", off pace")})" : $"; {outline.Count} lines");
        return (score, reason);
    }
}
