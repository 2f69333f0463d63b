using GraphQL;
using GraphQL.Types;
using MediaCreator.Api.Transport.Execution;
using MediaCreator.Api.Transport.Ide;
using MediaCreator.Api.Transport.Sse;
using MediaCreator.Api.Transport.Uploads;
using MediaCreator.Api.Transport.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Api.Transport.Http;

/// <summary>The one request delegate behind the GraphQL path: dispatches to WebSocket, SDL, IDE, GET, POST, multipart and SSE.</summary>
internal sealed class GraphQLHttpEndpoint<TSchema>(
    GraphQLExecutor<TSchema> executor,
    TransportSerializer serializer,
    ResponseWriter writer,
    SseResponder<TSchema> sse,
    WebSocketEndpoint<TSchema> webSockets,
    SdlResponder<TSchema> sdl,
    IdeResponder ide,
    IOptions<GraphQLTransportOptions> options,
    ILogger<GraphQLHttpEndpoint<TSchema>> logger)
    where TSchema : ISchema
{
    public const string SubPathRouteValue = "graphqlTransportSubPath";
    private readonly GraphQLTransportOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await DispatchAsync(http).ConfigureAwait(false);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "GraphQL transport failed on {Method} {Path}.", http.Request.Method, http.Request.Path);
            if (http.Response.HasStarted)
                throw;
            http.Response.Clear();
            await writer.WriteErrorAsync(http, 500, ErrorCodes.InternalServerError, "Unexpected execution error",
                new AcceptDecision(MediaTypes.Json, false, false)).ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(HttpContext http)
    {
        var request = http.Request;
        if (http.GetRouteValue(SubPathRouteValue) is string { Length: > 0 } subPath)
        {
            await ide.ServeAssetAsync(http, subPath).ConfigureAwait(false);
            return;
        }
        if (http.WebSockets.IsWebSocketRequest)
        {
            await webSockets.HandleAsync(http).ConfigureAwait(false);
            return;
        }

        var accept = AcceptNegotiator.Negotiate(request.Headers.Accept);
        if (HttpMethods.IsGet(request.Method))
        {
            if (request.Query.ContainsKey("sdl"))
                await sdl.WriteAsync(http).ConfigureAwait(false);
            else if (ide.IsBrowserRequest(http))
                await ide.ServeRootAsync(http).ConfigureAwait(false);
            else
                await ExecuteAsync(http, GetRequestReader.Read(request, _options, serializer.Options), accept, isGet: true).ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsPost(request.Method))
        {
            await writer.WriteErrorAsync(http, 405, ErrorCodes.MethodNotAllowed, "Use GET or POST.", accept).ConfigureAwait(false);
            return;
        }

        var body = await PostBodyReader.ReadAsync(http, _options, serializer.Options).ConfigureAwait(false);
        await ExecuteAsync(http, body, accept, isGet: false).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(HttpContext http, ParsedRequest parsed, AcceptDecision accept, bool isGet)
    {
        if (accept.JsonType is null && !accept.SseAcceptable)
        {
            await writer.WriteErrorAsync(http, 406, ErrorCodes.NotAcceptable,
                $"Accept one of {MediaTypes.GraphQLResponse}, {MediaTypes.Json} or {MediaTypes.EventStream}.", accept with { JsonType = MediaTypes.Json }).ConfigureAwait(false);
            return;
        }
        var errorAccept = accept.JsonType is null ? accept with { JsonType = MediaTypes.Json } : accept;
        if (parsed.Error is not null)
        {
            await writer.WriteAsync(http, parsed.Error, errorAccept).ConfigureAwait(false);
            return;
        }

        var rules = isGet ? TransportRules.Get : TransportRules.Post;
        var requests = parsed.Requests!;
        if (!parsed.IsBatch)
        {
            var prepared = executor.Prepare(requests[0]);
            if (accept.SseAcceptable && (accept.SsePreferred || prepared.IsSubscription || accept.JsonType is null))
            {
                await sse.RespondAsync(http, prepared, rules with { AllowSubscription = true }, errorAccept).ConfigureAwait(false);
                return;
            }
            var result = await executor.ExecuteAsync(prepared, NewContext(http), rules, http.RequestAborted).ConfigureAwait(false);
            await writer.WriteAsync(http, result, accept).ConfigureAwait(false);
            return;
        }

        if (accept.JsonType is null)
        {
            await writer.WriteErrorAsync(http, 406, ErrorCodes.NotAcceptable, "Batched requests are answered as JSON only.", errorAccept).ConfigureAwait(false);
            return;
        }
        // Sequential: the operations share the request's DI scope, and scoped services are not thread-safe.
        var results = new ExecutionResult[requests.Length];
        for (var i = 0; i < requests.Length; i++)
            results[i] = await executor.ExecuteAsync(executor.Prepare(requests[i]), NewContext(http), rules, http.RequestAborted).ConfigureAwait(false);
        await writer.WriteBatchAsync(http, results, accept).ConfigureAwait(false);
    }

    private static GraphQLExecutionContext NewContext(HttpContext http) =>
        new(http, http.RequestServices, http.User, TransportKind.Http);
}
