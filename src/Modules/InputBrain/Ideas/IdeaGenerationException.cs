namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>An expected failure of idea generation; <see cref="Code"/> is SCREAMING_SNAKE for GraphQL errors.</summary>
public sealed class IdeaGenerationException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>True when the same request may succeed later (timeouts, rate limits, an unavailable server).</summary>
    public bool Retryable => Code is IdeaErrorCodes.Timeout or IdeaErrorCodes.RateLimited or IdeaErrorCodes.Unavailable;
}

public static class IdeaErrorCodes
{
    public const string InvalidRequest = "INVALID_IDEA_REQUEST";
    public const string MalformedOutput = "LLM_MALFORMED_OUTPUT";
    public const string Timeout = "LLM_TIMEOUT";
    public const string Unavailable = "LLM_UNAVAILABLE";
    public const string RateLimited = "LLM_RATE_LIMITED";
    public const string Unauthorized = "LLM_UNAUTHORIZED";
    public const string Rejected = "LLM_REQUEST_REJECTED";
}
