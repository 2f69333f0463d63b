using GraphQL;
using GraphQL.Transport;

namespace MediaCreator.Api.Transport.Http;

/// <summary>One request or a batch read from HTTP, or the error to answer with instead.</summary>
internal readonly record struct ParsedRequest(GraphQLRequest[]? Requests, bool IsBatch, ExecutionResult? Error)
{
    public static ParsedRequest Single(GraphQLRequest request) => new([request], false, null);

    public static ParsedRequest Batch(GraphQLRequest[] requests) => new(requests, true, null);

    public static ParsedRequest Fail(ExecutionResult error) => new(null, false, error);
}
