using System.Text;
using MediaCreator.Modules.Video.Abstractions;
using Microsoft.Extensions.AI;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Translates a transcript segment by segment through the configured LLM, keeping every segment's timing (word times
/// inside a segment are re-estimated for the new words). Segments go as numbered lines in chunks; the answer must
/// number them back one for one, else the model is told what was wrong and asked once more.
/// </summary>
public sealed class SubtitleTranslator(IChatClient chat, SubtitleTranslatorOptions? options = null)
{
    private readonly SubtitleTranslatorOptions _options = options ?? new SubtitleTranslatorOptions();

    public async Task<Transcript> TranslateAsync(Transcript transcript, string targetLanguage, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(targetLanguage)) throw new VideoProcessingException("INVALID_INPUT", "A target language is required.");
        var segments = transcript.Segments;
        var translated = new List<TranscriptSegment>(segments.Count);
        foreach (var chunk in Chunks(segments))
        {
            var lines = await TranslateChunkAsync(chunk.Select(s => s.Text).ToList(), transcript.Language, targetLanguage, ct);
            translated.AddRange(chunk.Zip(lines, (s, text) =>
                s with { Text = text, Words = WordTimings.Spread(s.Start, s.End, ScriptText.SplitWords(text)) }));
            progress?.Report(new VideoProgress((double)translated.Count / segments.Count, $"translated {translated.Count} of {segments.Count} lines"));
        }
        return new Transcript(targetLanguage, translated, transcript.Source + "+translated");
    }

    private IEnumerable<List<TranscriptSegment>> Chunks(IReadOnlyList<TranscriptSegment> segments)
    {
        var chunk = new List<TranscriptSegment>();
        var chars = 0;
        foreach (var segment in segments)
        {
            if (chunk.Count > 0 && (chunk.Count >= _options.MaxLinesPerRequest || chars + segment.Text.Length > _options.MaxCharsPerRequest))
            {
                yield return chunk;
                chunk = [];
                chars = 0;
            }
            chunk.Add(segment);
            chars += segment.Text.Length;
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private async Task<List<string>> TranslateChunkAsync(List<string> lines, string from, string to, CancellationToken ct)
    {
        var numbered = new StringBuilder();
        for (var i = 0; i < lines.Count; i++) numbered.Append(i + 1).Append(": ").Append(lines[i].Replace('\n', ' ')).Append('\n');
        List<ChatMessage> messages =
        [
            new(ChatRole.System,
                $"You translate video subtitles from {from} into {to}. You get numbered lines 'N: text'. Translate each line on its own, " +
                "keeping it as short as the original so it fits on screen; never merge, split, skip or add lines. Reply with only a JSON array " +
                $"of exactly {lines.Count} objects {{\"n\": N, \"text\": \"translation\"}}, numbered 1 to {lines.Count} in order."),
            new(ChatRole.User, numbered.ToString()),
        ];
        string? problem = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var reply = await AskAsync(messages, ct);
            (var result, problem) = TranslationReply.Read(reply, lines.Count);
            if (result is not null) return result;
            messages.Add(new ChatMessage(ChatRole.Assistant, reply));
            messages.Add(new ChatMessage(ChatRole.User,
                $"That answer is not usable: {problem}. Reply again with only the JSON array of exactly {lines.Count} objects numbered 1 to {lines.Count}."));
        }
        throw new VideoProcessingException("PROVIDER_ERROR", $"The language model did not return the {lines.Count} numbered subtitle lines twice in a row ({problem}).", retryable: true);
    }

    private async Task<string> AskAsync(List<ChatMessage> messages, CancellationToken ct)
    {
        try
        {
            var response = await chat.GetResponseAsync(messages, new ChatOptions { Temperature = 0.2f }, ct);
            return response.Text;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (e is VideoProcessingException) throw;
            throw new VideoProcessingException("PROVIDER_ERROR", $"The language model call failed: {e.Message}", retryable: true, inner: e);
        }
    }
}
