using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using MediaCreator.Api.Transport.Http;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>The graphql-transport-ws protocol (enisdenjo/graphql-ws PROTOCOL.md).</summary>
internal sealed class GraphQLTransportWsServer<TSchema>(WebSocketConnection connection, HttpContext http, WebSocketServices<TSchema> services)
    : SubscriptionServer<TSchema>(connection, http, services)
    where TSchema : ISchema
{
    public const string SubProtocol = "graphql-transport-ws";

    public override async ValueTask OnMessageAsync(ReadOnlyMemory<byte> utf8)
    {
        if (!WsMessage.TryParse(utf8, out var message, out var error))
        {
            Connection.Close(CloseCodes.BadRequest, error!);
            return;
        }
        switch (message.Type)
        {
            case "connection_init" when message.PayloadIsObjectOrAbsent:
                if (await InitializeAsync(message.Payload, reason => Connection.Close(CloseCodes.Forbidden, reason)).ConfigureAwait(false))
                    Connection.Send(WsFrames.Simple("connection_ack"));
                break;
            case "ping" when message.PayloadIsObjectOrAbsent:
                Connection.Send(WsFrames.Simple("pong", message.Payload));
                break;
            case "pong" when message.PayloadIsObjectOrAbsent:
                break;
            case "subscribe":
                Subscribe(message);
                break;
            case "complete" when !string.IsNullOrEmpty(message.Id):
                Stop(message.Id);
                break;
            default:
                Connection.Close(CloseCodes.BadRequest, $"Invalid message received: unexpected '{Truncate(message.Type)}' message");
                break;
        }
    }

    private void Subscribe(WsMessage message)
    {
        if (!Acknowledged)
        {
            Connection.Close(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        if (string.IsNullOrEmpty(message.Id) || ReadRequest(message.Payload) is not { } request)
        {
            Connection.Close(CloseCodes.BadRequest, "Invalid message received: bad subscribe message");
            return;
        }
        if (!TryStart(message.Id, request))
            Connection.Close(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {Truncate(message.Id)} already exists");
    }

    private GraphQLRequest? ReadRequest(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } p
            || !p.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String
            || !OptionalKind(p, "operationName", JsonValueKind.String)
            || !OptionalKind(p, "variables", JsonValueKind.Object)
            || !OptionalKind(p, "extensions", JsonValueKind.Object))
        {
            return null;
        }
        try
        {
            return p.Deserialize<GraphQLRequest>(Services.Serializer.Options);
        }
        catch (Exception ex) when (JsonBodyReader.IsBadInput(ex))
        {
            return null;
        }
    }

    private static bool OptionalKind(JsonElement payload, string name, JsonValueKind kind) =>
        !payload.TryGetProperty(name, out var value) || value.ValueKind == kind || value.ValueKind == JsonValueKind.Null;

    // Close reasons are limited to 123 bytes by RFC 6455.
    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40];

    protected override void SendResult(string id, ExecutionResult result) =>
        Connection.Send(WsFrames.Result("next", id, result, Services.Serializer.Options));

    protected override void SendPreExecutionError(string id, ExecutionResult result) =>
        Connection.Send(WsFrames.Errors("error", id, result.Errors ?? [], Services.Serializer.Options));

    protected override void SendComplete(string id) => Connection.Send(WsFrames.Simple("complete", id: id));
}
