using System.Net.WebSockets;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>Accepts the upgrade, negotiates the subprotocol and runs the matching processor until the socket closes.</summary>
internal sealed class WebSocketEndpoint<TSchema>(WebSocketServices<TSchema> services)
    where TSchema : ISchema
{
    public async Task HandleAsync(HttpContext http)
    {
        var requested = http.WebSockets.WebSocketRequestedProtocols;
        var subProtocol = requested.Contains(GraphQLTransportWsServer<TSchema>.SubProtocol) ? GraphQLTransportWsServer<TSchema>.SubProtocol
            : requested.Contains(LegacyGraphQLWsServer<TSchema>.SubProtocol) ? LegacyGraphQLWsServer<TSchema>.SubProtocol
            : null;

        var keepAlive = services.Options.KeepAliveInterval;
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = subProtocol,
            KeepAliveInterval = keepAlive,
            // With a timeout set, keep-alives are ping frames and a peer that stops answering them is dropped.
            KeepAliveTimeout = keepAlive,
        }).ConfigureAwait(false);

        using var connection = new WebSocketConnection(socket, services.Options.MaxRequestBytes, services.Logger);
        if (subProtocol is null)
        {
            // Accept first so the client sees a proper close code instead of a failed handshake (as graphql-ws does).
            connection.Close(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
        }
        IWebSocketProtocol protocol = subProtocol == LegacyGraphQLWsServer<TSchema>.SubProtocol
            ? new LegacyGraphQLWsServer<TSchema>(connection, http, services)
            : new GraphQLTransportWsServer<TSchema>(connection, http, services);
        await connection.RunAsync(protocol).ConfigureAwait(false);
    }
}
