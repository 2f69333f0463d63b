using GraphQL.Types;
using MediaCreator.Api.Transport.Execution;
using MediaCreator.Api.Transport.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>What every protocol processor needs, resolved once per endpoint.</summary>
internal sealed class WebSocketServices<TSchema>(
    GraphQLExecutor<TSchema> executor,
    TransportSerializer serializer,
    IWebSocketAuthenticator authenticator,
    IServiceScopeFactory scopes,
    IOptions<GraphQLTransportOptions> options,
    ILogger<WebSocketServices<TSchema>> logger)
    where TSchema : ISchema
{
    public GraphQLExecutor<TSchema> Executor { get; } = executor;
    public TransportSerializer Serializer { get; } = serializer;
    public IWebSocketAuthenticator Authenticator { get; } = authenticator;
    public IServiceScopeFactory Scopes { get; } = scopes;
    public GraphQLTransportOptions Options { get; } = options.Value;
    public ILogger Logger { get; } = logger;
}
