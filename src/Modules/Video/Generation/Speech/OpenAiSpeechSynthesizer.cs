using System.Net.Http.Headers;
using System.Net.Http.Json;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Providers;

namespace MediaCreator.Modules.Video.Generation.Speech;

/// <summary>
/// Narration from an OpenAI-compatible server: one <c>POST {BaseUrl}/v1/audio/speech</c> per phrase
/// (<c>{model, voice, input, response_format: "wav"}</c>, Bearer key), phrases joined with pauses and timed from
/// their samples. The server decides which languages it speaks.
/// </summary>
public sealed class OpenAiSpeechSynthesizer(HttpClient http, OpenAiSpeechOptions options) : ISpeechSynthesizer
{
    private readonly ProviderHttpClient _client = new(http, options, "OpenAI speech");

    public string Key => "openai";

    public async Task<SpeechClip> SynthesizeAsync(IReadOnlyList<string> phrases, string language, string? voice, string wavPath, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.ApiKey) || string.IsNullOrWhiteSpace(options.BaseUrl))
            throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED", "The OpenAI speech provider needs Video:Speech:OpenAi:BaseUrl and ApiKey.");
        if (phrases.Count == 0 || phrases.Any(string.IsNullOrWhiteSpace))
            throw new VideoProcessingException("INVALID_INPUT", "Narration needs at least one phrase and no empty ones.");
        var endpoint = new Uri(options.BaseUrl.TrimEnd('/') + "/v1/audio/speech");
        var spoken = new List<(string, WavAudio)>(phrases.Count);
        for (var i = 0; i < phrases.Count; i++)
        {
            var text = phrases[i].Trim();
            var body = new { model = options.Model, voice = string.IsNullOrWhiteSpace(voice) ? options.Voice : voice, input = text, response_format = "wav" };
            var wav = await _client.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey) },
                Content = JsonContent.Create(body),
            }, ct);
            try
            {
                spoken.Add((text, WavAudio.Read(wav, $"The speech for phrase {i + 1}")));
            }
            catch (VideoProcessingException e)
            {
                throw _client.Failure($"the answer for phrase {i + 1} is not WAV audio ({e.Message}).");
            }
        }
        return await PhraseJoiner.JoinAsync(spoken, options.PauseSeconds, wavPath, ct);
    }
}
