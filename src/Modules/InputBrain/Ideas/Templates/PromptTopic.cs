using System.Security.Cryptography;
using System.Text;

namespace MediaCreator.Modules.InputBrain.Ideas.Templates;

/// <summary>
/// What a prompt is about: its main topic phrase (the first run of up to three content words, without style, mood or
/// format words such as "cute" or "poster"), the other content words as details, and a seed stable across processes.
/// </summary>
internal sealed record PromptTopic(string Topic, IReadOnlyList<string> Keywords, IReadOnlyList<string> Details, int Seed)
{
    public static PromptTopic Read(IdeaRequest request)
    {
        var keywords = TextKeywords.Words(request.Prompt).Where(w => !IdeaVocabulary.IsFormatWord(w)).ToList();
        if (keywords.Count == 0) keywords = [request.Prompt.Trim().ToLowerInvariant()];
        var content = keywords.Where(w => !Decorative(w)).ToList();
        if (content.Count == 0) content = keywords;
        var run = FirstRun(request.Prompt, content);
        var topicWords = run.Split(' ');
        var details = content.Where(w => !topicWords.Contains(w)).ToList();
        // Reference descriptions, the audience and the instructions add details when the prompt itself is short.
        var extra = request.References.Select(r => r.Description).Append(request.Instructions);
        foreach (var word in extra.SelectMany(TextKeywords.Words).Where(w => !IdeaVocabulary.IsFormatWord(w) && !Decorative(w)))
        {
            if (!details.Contains(word) && !topicWords.Contains(word)) details.Add(word);
        }
        return new PromptTopic(run, keywords, details, StableSeed(request));
    }

    /// <summary>Two-word phrases inside the topic ("street food", "food tour" of "street food tour").</summary>
    public IEnumerable<string> TopicPairs()
    {
        var words = Topic.Split(' ');
        for (var i = 0; i + 1 < words.Length; i++) yield return $"{words[i]} {words[i + 1]}";
    }

    /// <summary>What list items and steps are made of: the details, else the topic's own words, else the topic.</summary>
    public IReadOnlyList<string> Items => Details.Count > 0 ? Details : Topic.Contains(' ') ? Topic.Split(' ') : [Topic];

    /// <summary>Item <paramref name="i"/>, cycling.</summary>
    public string Detail(int i) => Items[i % Items.Count];

    private static bool Decorative(string word) => IdeaVocabulary.IsDecorative(word);

    // The first run of neighbouring content words in the prompt, at most three long.
    private static string FirstRun(string prompt, List<string> content)
    {
        var phrases = TextKeywords.Topics(prompt).Where(t => t.Split(' ').All(content.Contains)).ToList();
        if (phrases.Count == 0) return content[0];
        var first = phrases[0];
        var pair = phrases.FirstOrDefault(p => p.StartsWith(first + " ", StringComparison.Ordinal));
        if (pair is null) return first;
        var third = phrases.FirstOrDefault(p => p.StartsWith(pair.Split(' ')[1] + " ", StringComparison.Ordinal));
        return third is null ? pair : $"{pair} {third.Split(' ')[1]}";
    }

    // string.GetHashCode is randomised per process; versions must be the same for the same prompt across restarts.
    private static int StableSeed(IdeaRequest request)
    {
        var text = $"{request.ContentType}|{request.Language}|{request.Prompt.Trim().ToLowerInvariant()}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }
}
