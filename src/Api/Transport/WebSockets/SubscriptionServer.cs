using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using MediaCreator.Api.Transport.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>
/// The protocol-independent half of a WebSocket processor: init timeout, authentication, and running operations
/// (each in its own DI scope, off the read loop) with a list of active ids. Subclasses map protocol messages.
/// </summary>
internal abstract class SubscriptionServer<TSchema>(WebSocketConnection connection, HttpContext http, WebSocketServices<TSchema> services)
    : IWebSocketProtocol
    where TSchema : ISchema
{
    private readonly ConcurrentDictionary<string, WsOperation> _operations = new(StringComparer.Ordinal);
    private int _initReceived;
    private volatile ClaimsPrincipal? _user;

    protected WebSocketConnection Connection { get; } = connection;
    protected WebSocketServices<TSchema> Services { get; } = services;
    protected bool Acknowledged => _user is not null;

    public void OnOpen() =>
        _ = Task.Delay(Services.Options.ConnectionInitWaitTimeout, Connection.Closed).ContinueWith(
            t =>
            {
                if (!t.IsCanceled && Volatile.Read(ref _initReceived) == 0)
                    Connection.Close(CloseCodes.ConnectionInitTimeout, "Connection initialisation timeout");
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    public abstract ValueTask OnMessageAsync(ReadOnlyMemory<byte> message);

    public void OnClosed()
    {
        foreach (var operation in _operations.Values)
            operation.Finish();
        _operations.Clear();
    }

    protected abstract void SendResult(string id, ExecutionResult result);

    protected abstract void SendPreExecutionError(string id, ExecutionResult result);

    protected abstract void SendComplete(string id);

    /// <summary>Handles connection_init; returns the principal, or null after closing the socket.</summary>
    protected async ValueTask<bool> InitializeAsync(JsonElement? payload, Action<string> refuse)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            Connection.Close(CloseCodes.TooManyInitRequests, "Too many initialisation requests");
            return false;
        }
        ClaimsPrincipal? user;
        try
        {
            user = await Services.Authenticator.AuthenticateAsync(http, payload, Connection.Closed).ConfigureAwait(false);
        }
        catch (GraphQLTransportAuthException ex)
        {
            Services.Logger.LogInformation("WebSocket connection refused: {Code} {Message}", ex.Code, ex.Message);
            user = null;
        }
        if (user is null)
        {
            refuse("Forbidden");
            return false;
        }
        _user = user;
        return true;
    }

    /// <summary>Starts an operation unless the id is taken (then returns false and the caller closes with 4409).</summary>
    protected bool TryStart(string id, GraphQLRequest request)
    {
        var operation = new WsOperation(id, Connection.Closed);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            return false;
        }
        _ = RunAsync(operation, request);
        return true;
    }

    /// <summary>The client stopped an operation: send nothing more for it. Unknown ids are ignored.</summary>
    protected void Stop(string id)
    {
        if (_operations.TryRemove(id, out var operation))
            operation.Finish();
    }

    private async Task RunAsync(WsOperation operation, GraphQLRequest request)
    {
        var id = operation.Id;
        await using var scope = Services.Scopes.CreateAsyncScope();
        try
        {
            var context = new GraphQLExecutionContext(http, scope.ServiceProvider, _user!, TransportKind.WebSocket);
            var prepared = Services.Executor.Prepare(request);
            var result = await Services.Executor.ExecuteAsync(prepared, context, TransportRules.Streaming, operation.Token).ConfigureAwait(false);
            if (result.Streams is { Count: > 0 } streams)
                await ObserveAsync(operation, streams.Values.First()).ConfigureAwait(false);
            else if (!result.Executed)
                Finish(operation, () => SendPreExecutionError(id, result));
            else
                Finish(operation, () => { SendResult(id, result); SendComplete(id); });
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            Services.Logger.LogDebug("Operation {Id} stopped before it finished.", id);
        }
        catch (Exception ex)
        {
            Services.Logger.LogError(ex, "WebSocket operation {Id} failed.", id);
            var failure = new ExecutionResult { Errors = new ExecutionErrors { new global::GraphQL.Execution.UnhandledError("Operation failed.", ex) } };
            Finish(operation, () => SendPreExecutionError(id, failure));
        }
        finally
        {
            Finish(operation, null);
            operation.Dispose();
        }
    }

    // The id is freed before the last message goes out, so a client may reuse it as soon as it sees the complete.
    private void Finish(WsOperation operation, Action? last)
    {
        _operations.TryRemove(new KeyValuePair<string, WsOperation>(operation.Id, operation));
        operation.Finish(last);
    }

    private async Task ObserveAsync(WsOperation operation, IObservable<ExecutionResult> stream)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observer = new Observer(this, operation, done);
        using var subscription = stream.Subscribe(observer);
        await using (operation.Token.Register(() => done.TrySetResult()).ConfigureAwait(false))
            await done.Task.ConfigureAwait(false);
    }

    private sealed class Observer(SubscriptionServer<TSchema> server, WsOperation operation, TaskCompletionSource done) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => operation.Send(() => server.SendResult(operation.Id, value));

        public void OnError(Exception error)
        {
            var result = new ExecutionResult { Executed = true, Errors = new ExecutionErrors { new global::GraphQL.Execution.UnhandledError("The event stream failed.", error) } };
            server.Finish(operation, () => { server.SendResult(operation.Id, result); server.SendComplete(operation.Id); });
            done.TrySetResult();
        }

        public void OnCompleted()
        {
            server.Finish(operation, () => server.SendComplete(operation.Id));
            done.TrySetResult();
        }
    }
}
