using System.Security.Cryptography;
using System.Text;

namespace MediaCreator.Modules.InputBrain.Ideas.Templates;

/// <summary>What a prompt is about: its main topic phrase, the other content words, and a stable seed.</summary>
internal sealed record PromptTopic(string Topic, IReadOnlyList<string> Keywords, IReadOnlyList<string> Details, int Seed)
{
    public static PromptTopic Read(IdeaRequest request)
    {
        var words = TextKeywords.Words(request.Prompt);
        if (words.Count == 0) words = [request.Prompt.Trim().ToLowerInvariant()];
        // The topic is the first phrase of up to three content words that stand together in the prompt.
        var topics = TextKeywords.Topics(request.Prompt).ToList();
        var pair = topics.FindIndex(t => t.Contains(' '));
        var phrase = pair is >= 0 and <= 2 ? topics[pair] : words[0];
        var details = words.Where(w => !phrase.Split(' ').Contains(w)).ToList();
        foreach (var reference in request.References)
        {
            if (reference.Description is { Length: > 0 } d && TextKeywords.Words(d).FirstOrDefault(w => !details.Contains(w) && !phrase.Contains(w)) is { } word)
                details.Add(word);
        }
        return new PromptTopic(phrase, words, details, StableSeed(request));
    }

    /// <summary>Detail <paramref name="i"/> of the prompt, cycling; the topic itself when the prompt has nothing else.</summary>
    public string Detail(int i) => Details.Count == 0 ? Topic : Details[i % Details.Count];

    // string.GetHashCode is randomised per process; versions must be the same for the same prompt across restarts.
    private static int StableSeed(IdeaRequest request)
    {
        var text = $"{request.ContentType}|{request.Language}|{request.Prompt.Trim().ToLowerInvariant()}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }
}
