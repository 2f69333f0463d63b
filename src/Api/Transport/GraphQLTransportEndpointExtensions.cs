using GraphQL.Types;
using MediaCreator.Api.Transport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Transport;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLTransportEndpointExtensions
{
    /// <summary>
    /// Maps one path serving GraphQL over HTTP (GET, POST, batching, multipart uploads), WebSocket upgrades
    /// (graphql-transport-ws and legacy graphql-ws), SSE, the schema SDL at <c>?sdl</c>, and the IDE for browsers at <c>{path}/</c>.
    /// The endpoint brings its own WebSocket middleware, so <c>app.UseWebSockets()</c> is not needed.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLTransport<TSchema>(this IEndpointRouteBuilder app, string path = "/graphql")
        where TSchema : ISchema
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = "/" + path.Trim('/');
        GraphQLHttpEndpoint<TSchema>? endpoint = null;
        // A branch pipeline with the WebSocket middleware (a no-op if the app already added it) in front of the handler.
        var pipeline = app.CreateApplicationBuilder();
        pipeline.UseWebSockets();
        pipeline.Run(http =>
        {
            endpoint ??= http.RequestServices.GetRequiredService<GraphQLHttpEndpoint<TSchema>>();
            return endpoint.HandleAsync(http);
        });
        return app.Map(root + "/{**" + GraphQLHttpEndpoint<TSchema>.SubPathRouteValue + "}", pipeline.Build())
            .WithDisplayName("GraphQL " + root);
    }
}
