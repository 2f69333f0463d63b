namespace MediaCreator.Api.Transport.Http;

internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";
    public const string Multipart = "multipart/form-data";
    public const string FormUrlEncoded = "application/x-www-form-urlencoded";
    public const string TextPlain = "text/plain";
    public const string Html = "text/html";

    public const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";
    public const string JsonUtf8 = Json + "; charset=utf-8";
}

/// <summary>The outcome of Accept negotiation for a GraphQL response.</summary>
/// <param name="JsonType">The JSON media type to answer with, or null when no JSON type is acceptable.</param>
/// <param name="SseAcceptable">Whether text/event-stream is acceptable.</param>
/// <param name="SsePreferred">Whether text/event-stream ranks above every acceptable JSON type.</param>
internal readonly record struct AcceptDecision(string? JsonType, bool SseAcceptable, bool SsePreferred)
{
    public bool IsLegacyJson => JsonType == MediaTypes.Json;
}
