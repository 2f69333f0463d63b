namespace MediaCreator.Modules.InputBrain.Ideas.Llm;

/// <summary>How the model is asked for idea versions (section <c>LlmIdeaOptions</c>).</summary>
public sealed class LlmIdeaOptions
{
    /// <summary>Requests per generation: the first plus retries after a malformed or invalid answer.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Time allowed for one request; exceeding it fails with <c>LLM_TIMEOUT</c> (not retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Null leaves it to the server (some reasoning models reject any value).</summary>
    public float? Temperature { get; set; } = 0.8f;

    /// <summary>Overrides the client's model when set.</summary>
    public string? ModelId { get; set; }
}
