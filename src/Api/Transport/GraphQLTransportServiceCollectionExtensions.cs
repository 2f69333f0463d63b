using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using MediaCreator.Api.Transport.Execution;
using MediaCreator.Api.Transport.Http;
using MediaCreator.Api.Transport.Ide;
using MediaCreator.Api.Transport.Sse;
using MediaCreator.Api.Transport.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaCreator.Api.Transport;

/// <summary>Registers the GraphQL transport.</summary>
public static class GraphQLTransportServiceCollectionExtensions
{
    /// <summary>
    /// Adds the transport's services: document cache, executor, HTTP/WebSocket/SSE handlers, the default
    /// <see cref="IWebSocketAuthenticator"/>, and a subscription strategy that gives each event its own DI scope and runs
    /// the <see cref="IGraphQLExecutionInitializer"/>s for it. The schema itself is registered with GraphQL.NET's AddGraphQL.
    /// </summary>
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, Action<GraphQLTransportOptions>? configure = null)
    {
        var options = services.AddOptions<GraphQLTransportOptions>();
        if (configure is not null)
            options.Configure(configure);

        services.TryAddSingleton<IWebSocketAuthenticator, DefaultWebSocketAuthenticator>();
        services.TryAddSingleton<DocumentCache>();
        services.AddSingleton<IConfigureExecution, DocumentCacheExecution>();
        services.TryAddSingleton<TransportSerializer>();
        services.TryAddSingleton<ResponseWriter>();
        services.TryAddSingleton<IdeResponder>();
        services.TryAddSingleton(typeof(GraphQLExecutor<>));
        services.TryAddSingleton(typeof(SseResponder<>));
        services.TryAddSingleton(typeof(SdlResponder<>));
        services.TryAddSingleton(typeof(WebSocketServices<>));
        services.TryAddSingleton(typeof(WebSocketEndpoint<>));
        services.TryAddSingleton(typeof(GraphQLHttpEndpoint<>));

        // GraphQL.NET's strategy selector takes the first registration per operation type, so ours goes first.
        services.Insert(0, ServiceDescriptor.Singleton(sp => new ExecutionStrategyRegistration(
            new TransportSubscriptionExecutionStrategy(sp.GetRequiredService<IServiceScopeFactory>()), OperationType.Subscription)));
        return services;
    }
}
