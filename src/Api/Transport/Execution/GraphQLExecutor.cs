using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Api.Transport.Execution;

/// <summary>Runs one GraphQL request for any transport: document cache, transport rules, initializers, timeout.</summary>
internal sealed class GraphQLExecutor<TSchema>(
    IDocumentExecuter<TSchema> executer,
    DocumentCache cache,
    IOptions<GraphQLTransportOptions> options,
    ILogger<GraphQLExecutor<TSchema>> logger)
    where TSchema : ISchema
{
    private readonly TimeSpan _timeout = options.Value.ExecutionTimeout;

    public PreparedOperation Prepare(global::GraphQL.Transport.GraphQLRequest request)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            // A persisted-document id may stand in for the query; without either the parameters are invalid.
            return string.IsNullOrEmpty(request.DocumentId)
                ? new PreparedOperation(request, null, null, TransportError.Result(400, ErrorCodes.BadRequest, "The request has no 'query'."))
                : new PreparedOperation(request, null, null, null);
        }
        var document = cache.GetOrParse(request.Query, out var syntaxError);
        if (syntaxError is not null)
            return new PreparedOperation(request, null, null, new ExecutionResult { Errors = new ExecutionErrors { syntaxError } });
        return new PreparedOperation(request, document, document!.FindOperation(request.OperationName)?.Operation, null);
    }

    public async Task<ExecutionResult> ExecuteAsync(PreparedOperation operation, GraphQLExecutionContext context, TransportRules rules, CancellationToken ct)
    {
        if (operation.Failure is not null)
            return operation.Failure;
        if (operation.Type == OperationType.Mutation && !rules.AllowMutation)
            return TransportError.Result(405, ErrorCodes.MethodNotAllowed, "Mutations cannot be sent with GET; use POST.");
        if (operation.IsSubscription && !rules.AllowSubscription)
        {
            return TransportError.Result(400, ErrorCodes.StreamingTransportRequired,
                "Subscriptions need a streaming transport: send 'Accept: text/event-stream' (GraphQL over SSE) or use the graphql-transport-ws WebSocket protocol.");
        }

        try
        {
            await Initializers.RunAsync(context, ct).ConfigureAwait(false);
        }
        catch (GraphQLTransportAuthException ex)
        {
            return new ExecutionResult { Executed = false, Errors = new ExecutionErrors { ex } };
        }

        context.CachedDocument = operation.Document;
        var request = operation.Request;
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            DocumentId = request.DocumentId,
            Variables = request.Variables,
            Extensions = request.Extensions,
            Document = operation.Document?.Document,
            RequestServices = context.RequestServices,
            User = context.User,
            UserContext = context,
            UnhandledExceptionDelegate = LogUnhandledAsync,
        };

        // Subscriptions live as long as their client wants them; only queries and mutations get the timeout.
        if (operation.IsSubscription || _timeout <= TimeSpan.Zero || _timeout == Timeout.InfiniteTimeSpan)
        {
            executionOptions.CancellationToken = ct;
            return await executer.ExecuteAsync(executionOptions).ConfigureAwait(false);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        executionOptions.CancellationToken = timeout.Token;
        try
        {
            return await executer.ExecuteAsync(executionOptions).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            logger.LogWarning("GraphQL operation {OperationName} timed out after {Timeout}.", request.OperationName, _timeout);
            var error = new TimeoutError($"The operation did not finish within {_timeout.TotalSeconds:0.###} s.", null!) { Code = ErrorCodes.ExecutionTimeout };
            return new ExecutionResult { Executed = true, Errors = new ExecutionErrors { error } };
        }
    }

    private Task LogUnhandledAsync(UnhandledExceptionContext context)
    {
        logger.LogError(context.OriginalException, "Unhandled exception in GraphQL execution ({Message}).", context.ErrorMessage);
        return Task.CompletedTask;
    }
}
