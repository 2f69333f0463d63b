using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using MediaCreator.Api.Transport.Http;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>
/// The legacy subscriptions-transport-ws protocol (subprotocol <c>graphql-ws</c>), kept for older Apollo clients and
/// the IDE's "Apollo WebSocket" mode: start/stop, data/error/complete, ka keep-alives.
/// </summary>
internal sealed class LegacyGraphQLWsServer<TSchema>(WebSocketConnection connection, HttpContext http, WebSocketServices<TSchema> services)
    : SubscriptionServer<TSchema>(connection, http, services)
    where TSchema : ISchema
{
    public const string SubProtocol = "graphql-ws";

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
                if (await InitializeAsync(message.Payload, Refuse).ConfigureAwait(false))
                {
                    Connection.Send(WsFrames.Simple("connection_ack"));
                    StartKeepAlive();
                }
                break;
            case "start" when Acknowledged && !string.IsNullOrEmpty(message.Id):
                if (Read(message.Payload) is not { } request)
                    Connection.Send(ErrorFrame(message.Id, "Invalid start payload."));
                else if (!TryStart(message.Id, request))
                    Connection.Send(ErrorFrame(message.Id, $"Subscriber for {message.Id} already exists"));
                break;
            case "start":
                Connection.Close(CloseCodes.Unauthorized, "Unauthorized");
                break;
            case "stop" when !string.IsNullOrEmpty(message.Id):
                Stop(message.Id);
                break;
            case "connection_terminate":
                Connection.Close(1000, "Terminated");
                break;
            default:
                Connection.Close(CloseCodes.BadRequest, "Invalid message received");
                break;
        }
    }

    private void Refuse(string reason)
    {
        Connection.Send(WsFrames.Simple("connection_error", JsonSerializer.SerializeToElement(new { message = reason })));
        Connection.Close(CloseCodes.Forbidden, reason);
    }

    private void StartKeepAlive()
    {
        var ka = WsFrames.Simple("ka");
        Connection.Send(ka);
        _ = KeepAliveAsync(ka);
    }

    private async Task KeepAliveAsync(byte[] ka)
    {
        using var timer = new PeriodicTimer(Services.Options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(Connection.Closed).ConfigureAwait(false))
                Connection.Send(ka);
        }
        catch (OperationCanceledException) when (Connection.Closed.IsCancellationRequested)
        {
            // The connection ended; keep-alives stop with it.
        }
    }

    private GraphQLRequest? Read(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } p)
            return null;
        try
        {
            return p.Deserialize<GraphQLRequest>(Services.Serializer.Options);
        }
        catch (Exception ex) when (JsonBodyReader.IsBadInput(ex))
        {
            return null;
        }
    }

    private static byte[] ErrorFrame(string id, string message) =>
        WsFrames.Simple("error", JsonSerializer.SerializeToElement(new { message }), id);

    protected override void SendResult(string id, ExecutionResult result) =>
        Connection.Send(WsFrames.Result("data", id, result, Services.Serializer.Options));

    // subscriptions-transport-ws delivers request errors as a data message followed by complete.
    protected override void SendPreExecutionError(string id, ExecutionResult result)
    {
        SendResult(id, result);
        SendComplete(id);
    }

    protected override void SendComplete(string id) => Connection.Send(WsFrames.Simple("complete", id: id));
}
