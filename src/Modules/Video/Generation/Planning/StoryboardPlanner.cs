using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Planning;

/// <summary>
/// The built-in storyboard planner (no LLM): splits the script (or prompt) into sentences, clauses and word runs that
/// read within a scene at the language's pace, keeps what fits the duration, merges pieces down to the scene budget,
/// adds visual-only scenes around the prompt's key words when the text is short, and times every scene so the total
/// is exactly the requested duration. The same request always gives the same plan.
/// </summary>
public sealed class StoryboardPlanner(StoryboardPlannerOptions? options = null)
{
    private readonly StoryboardPlannerOptions _options = options ?? new StoryboardPlannerOptions();

    public Storyboard Plan(StoryboardRequest request)
    {
        var text = (string.IsNullOrWhiteSpace(request.Script) ? request.Prompt : request.Script)?.Trim();
        if (string.IsNullOrEmpty(text)) throw new VideoProcessingException("INVALID_INPUT", "A storyboard needs a prompt or a script.");
        if (!(request.DurationSeconds >= 1) || request.DurationSeconds > 3600)
            throw new VideoProcessingException("INVALID_INPUT", $"Duration {request.DurationSeconds} s is outside 1..3600 s.");
        var language = request.Language;
        var duration = request.DurationSeconds;
        var notes = new List<string>();
        var title = TitleMaker.Title(string.IsNullOrWhiteSpace(request.Prompt) ? text : request.Prompt!, language);
        var seed = SceneLook.Hash(text + "|" + request.Style);

        var maxScenes = Math.Max(1, (int)Math.Floor(duration / _options.MinSceneSeconds));
        var targetScenes = Math.Clamp((int)Math.Round(duration / _options.TargetSceneSeconds), 1, maxScenes);
        var pieceLimit = Math.Min(_options.MaxSceneSeconds, duration * _options.SpeechShare);
        var pieces = TextSegmenter.Sentences(text, language).SelectMany(s => TextSegmenter.Fit(s, language, pieceLimit)).ToList();
        pieces = KeepWhatFits(pieces, language, duration, duration * _options.SpeechShare, notes);
        pieces = MergeDown(pieces, language, maxScenes);

        var slots = pieces.Select(p => new Slot(p, null)).ToList();
        if (slots.Count < targetScenes && notes.Count == 0)
        {
            // Room left after the narration becomes scenes that show the text's key words, one per target-length slot.
            var spare = duration - slots.Sum(s => Math.Max(ReadingPace.Seconds(s.Text!, language) + 0.4, _options.MinSceneSeconds));
            var extra = Math.Min(targetScenes - slots.Count, (int)Math.Floor(spare / _options.TargetSceneSeconds));
            if (extra > 0) slots = AddVisualScenes(slots, text, title, language, slots.Count + extra);
        }
        var durations = Durations(slots, language, duration);

        var scenes = new List<StoryboardScene>(slots.Count);
        var start = 0.0;
        for (var i = 0; i < slots.Count; i++)
        {
            var length = i == slots.Count - 1 ? Math.Round(duration - start, 3) : Math.Round(durations[i], 3);
            var (transition, seconds) = SceneLook.Transition(i, seed, request.Style);
            scenes.Add(new StoryboardScene(i, Math.Round(start, 3), length, slots[i].Text,
                VisualPrompt(title, slots[i], i, seed, request), SceneLook.Motion(i, seed, request.Style), transition, seconds));
            start += length;
        }
        return new Storyboard(title, language, duration, request.Aspect, scenes, notes);
    }

    private sealed record Slot(string? Text, string? Focus);

    private static List<string> KeepWhatFits(List<string> pieces, string language, double duration, double budget, List<string> notes)
    {
        var kept = new List<string>();
        var used = 0.0;
        foreach (var piece in pieces)
        {
            var seconds = ReadingPace.Seconds(piece, language);
            if (kept.Count > 0 && used + seconds > budget) break;
            kept.Add(piece);
            used += seconds;
        }
        if (kept.Count < pieces.Count)
        {
            var needed = pieces.Sum(p => ReadingPace.Seconds(p, language));
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The script reads in about {needed:0} s but the video is {duration:0.#} s: the last {pieces.Count - kept.Count} of {pieces.Count} passages were left out."));
        }
        return kept;
    }

    /// <summary>Joins the neighbouring pair that reads quickest together until the pieces fit the scene budget.</summary>
    private static List<string> MergeDown(List<string> pieces, string language, int maxScenes)
    {
        var joiner = ReadingPace.Unspaced(language) && ReadingPace.Primary(language) != "th" ? "" : " ";
        while (pieces.Count > maxScenes)
        {
            var best = 0;
            for (var i = 1; i < pieces.Count - 1; i++)
                if (Pair(pieces, i, language) < Pair(pieces, best, language)) best = i;
            pieces[best] = pieces[best] + joiner + pieces[best + 1];
            pieces.RemoveAt(best + 1);
        }
        return pieces;
    }

    private static double Pair(List<string> p, int i, string language) => ReadingPace.Seconds(p[i], language) + ReadingPace.Seconds(p[i + 1], language);

    /// <summary>Short text: narrated scenes first, then scenes that each show one key word of the text.</summary>
    private static List<Slot> AddVisualScenes(List<Slot> slots, string text, string title, string language, int target)
    {
        var keywords = TitleMaker.Keywords(text, language);
        if (keywords.Count == 0) keywords = [title];
        var result = new List<Slot>(slots);
        for (var k = 0; result.Count < target; k++) result.Add(new Slot(null, keywords[k % keywords.Count]));
        return result;
    }

    private double[] Durations(List<Slot> slots, string language, double total)
    {
        var need = slots.Select(s => s.Text is null ? _options.MinSceneSeconds : Math.Max(ReadingPace.Seconds(s.Text, language) + 0.4, _options.MinSceneSeconds)).ToArray();
        var sum = need.Sum();
        if (sum > total) return need.Select(n => n * total / sum).ToArray();
        var spare = total - sum;
        return need.Select(n => n + spare / need.Length).ToArray();
    }

    private static string VisualPrompt(string title, Slot slot, int index, uint seed, StoryboardRequest request)
    {
        var orientation = request.Aspect.Value < 0.9 ? "vertical composition" : request.Aspect.Value > 1.1 ? "widescreen composition" : "square composition";
        var subject = slot.Text ?? slot.Focus!;
        var parts = new List<string> { $"{SceneLook.Shot(index, seed)} of {subject}" };
        if (!subject.Contains(title, StringComparison.OrdinalIgnoreCase)) parts.Add($"in a story about {title}");
        if (!string.IsNullOrWhiteSpace(request.Style)) parts.Add($"{request.Style.Trim()} style");
        parts.Add(orientation);
        parts.Add("no text");
        return string.Join(", ", parts);
    }
}
