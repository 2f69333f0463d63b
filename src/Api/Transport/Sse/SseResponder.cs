using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Api.Transport.Execution;
using MediaCreator.Api.Transport.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MediaCreator.Api.Transport.Sse;

/// <summary>
/// GraphQL over SSE, distinct connections mode: one operation per response, <c>next</c> events then <c>complete</c>.
/// Refusals with their own status (405, 401, ...) stay plain JSON errors; everything else, validation errors included, is streamed.
/// </summary>
internal sealed class SseResponder<TSchema>(
    GraphQLExecutor<TSchema> executor,
    TransportSerializer serializer,
    ResponseWriter writer,
    IOptions<GraphQLTransportOptions> options)
    where TSchema : ISchema
{
    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] CompleteEvent = "event: complete\ndata: \n\n"u8.ToArray();
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    public async Task RespondAsync(HttpContext http, PreparedOperation operation, TransportRules rules, AcceptDecision errorAccept)
    {
        var aborted = http.RequestAborted;
        var context = new GraphQLExecutionContext(http, http.RequestServices, http.User, TransportKind.Sse);
        var result = await executor.ExecuteAsync(operation, context, rules, aborted).ConfigureAwait(false);
        if (result.PreferredStatus() is not null)
        {
            await writer.WriteAsync(http, result, errorAccept).ConfigureAwait(false);
            return;
        }

        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.EventStream;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(aborted).ConfigureAwait(false);

        if (result.Streams is { Count: > 0 } streams)
            await StreamAsync(response, streams.Values.First(), aborted).ConfigureAwait(false);
        else
            await WriteNextAsync(response, result, aborted).ConfigureAwait(false);
        if (!aborted.IsCancellationRequested)
            await WriteRawAsync(response, CompleteEvent, aborted).ConfigureAwait(false);
    }

    private async Task StreamAsync(HttpResponse response, IObservable<ExecutionResult> stream, CancellationToken aborted)
    {
        var events = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new ChannelObserver(events.Writer));
        var keepAlive = options.Value.KeepAliveInterval;
        try
        {
            while (true)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                wait.CancelAfter(keepAlive);
                bool more;
                try
                {
                    more = await events.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await WriteRawAsync(response, KeepAlive, aborted).ConfigureAwait(false);
                    continue;
                }
                if (!more)
                    return;
                while (events.Reader.TryRead(out var next))
                    await WriteNextAsync(response, next, aborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how SSE clients unsubscribe; disposing the subscription ends it.
        }
    }

    private async Task WriteNextAsync(HttpResponse response, ExecutionResult result, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write(NextPrefix);
        using (var json = new Utf8JsonWriter(buffer))
            JsonSerializer.Serialize(json, result, serializer.Options);
        buffer.Write(EventEnd);
        await WriteRawAsync(response, buffer.WrittenMemory, ct).ConfigureAwait(false);
    }

    private static async Task WriteRawAsync(HttpResponse response, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        await response.Body.WriteAsync(bytes, ct).ConfigureAwait(false);
        await response.Body.FlushAsync(ct).ConfigureAwait(false);
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error)
        {
            writer.TryWrite(new ExecutionResult { Executed = true, Errors = new ExecutionErrors { new global::GraphQL.Execution.UnhandledError("The event stream failed.", error) } });
            writer.TryComplete();
        }

        public void OnCompleted() => writer.TryComplete();
    }
}
