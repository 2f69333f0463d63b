using System.Globalization;
using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Ideas.Templates;

/// <summary>Fills one angle with the prompt's topic and the request's options.</summary>
internal sealed partial class TemplateVersion(IdeaRequest request, PromptTopic topic, TrendProfile trends, AngleTexts texts, TargetFormat format, int index)
{
    private readonly bool _thai = request.IsThai;
    private readonly Angle _angle = texts.For(request.IsThai);

    public IdeaVersionPlan Build()
    {
        var items = ItemCount();
        var title = Fill(_angle.Titles[(topic.Seed >> index) % _angle.Titles.Length], items);
        var hook = Fill(_angle.Hook, items);
        var outline = Outline(items);
        var style = Style();
        var mood = IdeaVocabulary.NearestMood(request.Tone) ?? MoodIn(request.Prompt) ?? _angle.MoodLean;
        var hashtags = Hashtags();
        var rationale = Rationale();
        var (score, reason) = IntrinsicQuality.Assess(request, title, hook, outline, format, trends);
        var tags = new List<string> { texts.Key, format.Platform, request.ContentType };
        tags.AddRange(topic.Keywords.Take(4));
        if (topic.Topic.Contains(' ')) tags.Add(topic.Topic);
        tags.AddRange(topic.TopicPairs());
        return new IdeaVersionPlan(index, request.ContentType, title, hook, outline, style, mood, hashtags, format,
            PreviewPrompt(title, style, mood, outline), rationale, score, [reason], "template", tags.Distinct().ToList());
    }

    // Beats scale with the length (about one per 8 s, 3..7 items) but never outnumber the prompt's words that fill them,
    // so no line repeats.
    private int ItemCount()
    {
        var wanted = format.DurationSeconds switch
        {
            null => request.ContentType == "image" ? 3 + topic.Seed % 3 : 4,
            { } s => Math.Clamp((int)Math.Round(s / 8) - 2, 3, 7),
        };
        return Math.Min(wanted, topic.Items.Count);
    }

    private List<string> Outline(int items)
    {
        var outline = _angle.Opening.Select(o => Fill(o, items)).ToList();
        for (var i = 1; i <= items; i++)
        {
            var line = _angle.Steps.Replace("{i}", i.ToString(CultureInfo.InvariantCulture)).Replace("{item}", topic.Detail(i - 1 + index));
            outline.Add(Fill(line, items));
        }
        outline.AddRange(_angle.Closing.Select(c => Fill(c, items)));
        foreach (var reference in request.References.Where(r => r.Description is { Length: > 0 }))
            outline.Add(_thai ? $"ใช้{Kind(reference.Kind)}อ้างอิง {reference.FileName}: {reference.Description}" : $"Use the reference {reference.Kind} {reference.FileName}: {reference.Description}");
        if (request.ContentType != "image") return outline;
        return outline.Select((line, i) => (_thai ? $"สไลด์ {i + 1}: " : $"Slide {i + 1}: ") + line).ToList();
    }

    private string Style() =>
        IdeaVocabulary.NearestStyle(request.Style)
        ?? TextKeywords.Words(request.Prompt).Concat(TextKeywords.Words(request.Audience)).Select(IdeaVocabulary.StyleNamedBy).FirstOrDefault(s => s is not null)
        ?? _angle.StyleLean;

    private static string? MoodIn(string prompt) =>
        TextKeywords.Words(prompt).Select(IdeaVocabulary.MoodNamedBy).FirstOrDefault(m => m is not null);

    private List<string> Hashtags()
    {
        var candidates = new List<string> { topic.Topic };
        candidates.AddRange(topic.TopicPairs());
        candidates.AddRange(topic.Details);
        candidates.AddRange(trends.TopTopics(5).Select(t => t.Key).Where(t => topic.Keywords.Any(k => t.Split(' ').Contains(k))));
        if (format.Platform == "youtube" && format.AspectRatio == "9:16") candidates.Add("shorts");
        if (format.Platform == "instagram" && request.ContentType != "image") candidates.Add("reels");
        return candidates.Select(IdeaVocabulary.Hashtag).OfType<string>().Distinct().Take(6).ToList();
    }

    private string Rationale()
    {
        var platform = TrendText.PlatformName(format.Platform);
        var length = format.DurationSeconds is { } s ? (_thai ? $", {s:0} วินาที" : $", {s:0} s") : "";
        var audience = request.Audience ?? (_thai ? "ผู้ชมของคุณ" : "your audience");
        var text = _thai
            ? $"มุม{_angle.Name}: {_angle.Why} สำหรับ{audience}บน {platform} ({format.AspectRatio}{length})"
            : $"{_angle.Name} angle: {_angle.Why}. Made for {audience} on {platform} ({format.AspectRatio}{length})";
        var best = trends.TopTopics(10).FirstOrDefault(t => topic.Keywords.Any(k => t.Key.Split(' ').Contains(k)));
        if (best is not null)
            text += _thai ? $"; ต่อยอดหัวข้อที่ดีที่สุดของคุณ {best.Label} ({TrendText.Ratio(best.ViewsVsMedian)} ของค่ามัธยฐาน)" : $"; builds on your strong topic {best.Label} ({TrendText.Ratio(best.ViewsVsMedian)} your median views)";
        if (request.Tone is { Length: > 0 } tone) text += _thai ? $"; โทน{tone}" : $"; {tone} tone";
        return text + (_thai ? "" : ".");
    }

    private string PreviewPrompt(string title, string style, string mood, List<string> outline)
    {
        var what = request.ContentType switch { "image" => "post design", "music" => "cover art", _ => "thumbnail" };
        var scene = outline.Count > 1 ? outline[1] : outline[0];
        return $"{style} style {what}, {mood} mood, {format.AspectRatio}: \"{title}\" — {scene}";
    }

    private string Fill(string template, int items)
    {
        var audience = request.Audience is { Length: > 0 } a ? a : _thai ? "ผู้ชม" : "viewers";
        var seconds = (format.DurationSeconds ?? 30).ToString("0", CultureInfo.InvariantCulture);
        var text = template
            .Replace("{Topic}", Capital(topic.Topic)).Replace("{topic}", topic.Topic)
            .Replace("{Detail}", Capital(topic.Detail(index))).Replace("{detail}", topic.Detail(index)).Replace("{detail2}", topic.Detail(index + 1))
            .Replace("{audience}", audience).Replace("{n}", items.ToString(CultureInfo.InvariantCulture)).Replace("{seconds}", seconds);
        // Thai runs words together, but a Latin word (an English topic in a Thai text) reads better set apart.
        return _thai ? ThaiLatinBoundary().Replace(text, " ") : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\u0E00-\u0E7F])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u0E00-\u0E7F])")]
    private static partial System.Text.RegularExpressions.Regex ThaiLatinBoundary();

    private string Kind(string kind) => kind switch { "image" => "ภาพ", "audio" => "เสียง", _ => "วิดีโอ" };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
