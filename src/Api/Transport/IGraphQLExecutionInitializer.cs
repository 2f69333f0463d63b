namespace MediaCreator.Api.Transport;

/// <summary>
/// Runs before every GraphQL execution (each HTTP operation, each WebSocket/SSE operation and each subscription event),
/// in registration order. Throw <see cref="GraphQLTransportAuthException"/> to refuse the operation.
/// </summary>
public interface IGraphQLExecutionInitializer
{
    /// <summary>Prepares the execution described by <paramref name="context"/>, e.g. sets scoped services from its user.</summary>
    ValueTask InitializeAsync(GraphQLExecutionContext context, CancellationToken ct);
}
