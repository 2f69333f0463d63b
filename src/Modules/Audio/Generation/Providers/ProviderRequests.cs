using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;

namespace MediaCreator.Modules.Audio.Generation.Providers;

/// <summary>What the HTTP music providers share: request checks, the text prompt they send, decoding and the result.</summary>
internal static class ProviderRequests
{
    /// <summary>INVALID_INPUT for durations, tempos and keys out of range; UNSUPPORTED for lyrics (these models do not sing words).</summary>
    public static void Validate(MusicGenerationRequest request, MusicProviderOptions options, string provider)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Prompt) && string.IsNullOrWhiteSpace(request.Genre) && string.IsNullOrWhiteSpace(request.Mood))
            throw new AudioProcessingException("INVALID_INPUT", $"{provider} needs a prompt (or a genre or mood) to describe the music.");
        var max = Math.Min(600, options.MaxDurationSeconds);
        if (!double.IsFinite(request.DurationSeconds) || request.DurationSeconds < 5 || request.DurationSeconds > max)
            throw new AudioProcessingException("INVALID_INPUT", $"{provider} makes pieces of 5..{max.ToString("0.#", CultureInfo.InvariantCulture)} seconds (asked {request.DurationSeconds.ToString("0.###", CultureInfo.InvariantCulture)}).");
        if (request.Bpm is { } bpm) PromptWords.CheckBpm(bpm, "requested");
        if (!string.IsNullOrWhiteSpace(request.Key)) MusicKey.Parse(request.Key);
        if (!string.IsNullOrWhiteSpace(request.Lyrics))
            throw new AudioProcessingException("UNSUPPORTED", $"{provider} does not sing lyrics; use the composer (voice-like melody) or a vocal provider.");
    }

    /// <summary>The text prompt: the user's words, then genre, mood, tempo, key and instruments as text-to-music models read them.</summary>
    public static string Prompt(MusicGenerationRequest request)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.Prompt)) parts.Add(request.Prompt.Trim().TrimEnd('.'));
        if (!string.IsNullOrWhiteSpace(request.Genre)) parts.Add($"Genre: {request.Genre.Trim()}");
        if (!string.IsNullOrWhiteSpace(request.Mood)) parts.Add($"Mood: {request.Mood.Trim()}");
        var bpm = request.Bpm ?? request.Reference?.Tempo?.Bpm;
        if (bpm is { } b) parts.Add($"{b.ToString("0.#", CultureInfo.InvariantCulture)} BPM");
        var key = KeyOf(request);
        if (key is { } k) parts.Add($"in {k.TonicName} {(k.Minor ? "minor" : "major")}");
        if (request.Instruments is { Count: > 0 } instruments) parts.Add($"Instruments: {string.Join(", ", instruments)}");
        if (request.Instrumental) parts.Add("instrumental");
        return string.Join(". ", parts);
    }

    private static MusicKey? KeyOf(MusicGenerationRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Key)) return MusicKey.Parse(request.Key);
        if (request.Reference?.Key is { } rk && MusicKey.ParseTonic(rk.Tonic) is { } tonic) return new MusicKey(tonic, rk.Minor);
        return null;
    }

    /// <summary>Decodes downloaded audio (WAV, MP3, FLAC...) through a temp file with <see cref="AudioDecoder"/>.</summary>
    public static async Task<AudioBuffer> DecodeAsync(byte[] bytes, string extension, string provider, CancellationToken ct)
    {
        if (bytes.Length == 0) throw new AudioProcessingException("PROVIDER_ERROR", $"{provider} returned no audio.");
        var folder = Directory.CreateTempSubdirectory("mediacreator-music-");
        try
        {
            var path = Path.Combine(folder.FullName, "generated." + extension.TrimStart('.'));
            await File.WriteAllBytesAsync(path, bytes, ct);
            try
            {
                return await AudioDecoder.DecodeAsync(path, ct: ct);
            }
            catch (AudioProcessingException e) when (e.Code == "UNSUPPORTED_MEDIA")
            {
                throw new AudioProcessingException("PROVIDER_ERROR", $"{provider} returned data that is not audio ({bytes.Length} bytes).", inner: e);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The file extension of an audio content type or URL.</summary>
    public static string Extension(string? contentType, string? url, string fallback)
    {
        var fromType = contentType?.ToLowerInvariant() switch
        {
            "audio/wav" or "audio/x-wav" or "audio/wave" or "audio/vnd.wave" => "wav",
            "audio/mpeg" or "audio/mp3" => "mp3",
            "audio/flac" or "audio/x-flac" => "flac",
            "audio/ogg" => "ogg",
            "audio/mp4" or "audio/aac" => "m4a",
            _ => null,
        };
        if (fromType is not null) return fromType;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && Path.GetExtension(uri.AbsolutePath) is { Length: > 1 } ext)
            return ext[1..];
        return fallback;
    }

    /// <summary>The result: the asked tempo and key are reported as asked (the audio is not analysed here: run music.analyze).</summary>
    public static GeneratedMusic Result(AudioBuffer audio, MusicGenerationRequest request, string provider, Dictionary<string, object?> details)
    {
        var reading = PromptWords.Read(request.Prompt);
        var bpm = request.Bpm ?? reading.Bpm ?? request.Reference?.Tempo?.Bpm ?? 0;
        var key = KeyOf(request)?.Notation ?? reading.Key?.Notation ?? "";
        details["provider"] = provider;
        details["durationSeconds"] = Math.Round(audio.DurationSeconds, 3);
        details["requestedDurationSeconds"] = request.DurationSeconds;
        details["tempoAndKey"] = "as requested, not measured: run music.analyze on the audio to measure them";
        if (request.Seed is { } seed) details["seed"] = seed;
        if (!request.Instrumental) details["vocalsNote"] = $"{provider} was asked for vocals in the prompt; it does not set lyrics.";
        return new GeneratedMusic(audio, null, bpm, key, details);
    }
}
