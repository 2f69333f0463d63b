using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace MediaCreator.Api.Transport.Execution;

/// <summary>
/// Resolves every subscription event in its own DI scope, after running the initializers for it, so scoped
/// services (DbContext, the current owner) are fresh per event. Serial child strategy: scoped services are not thread-safe.
/// </summary>
internal sealed class TransportSubscriptionExecutionStrategy(IServiceScopeFactory scopes)
    : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var clone = base.CloneExecutionContext(context, token);
        // The subscribe-time scope may end before events arrive; each event gets its own below.
        clone.RequestServices = null;
        return clone;
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        var origin = context.ExecutionOptions?.UserContext as GraphQLExecutionContext ?? context.UserContext as GraphQLExecutionContext;
        if (origin is not null)
        {
            var eventContext = origin.ForEvent(scope.ServiceProvider);
            context.UserContext = eventContext;
            try
            {
                await Initializers.RunAsync(eventContext, context.CancellationToken).ConfigureAwait(false);
            }
            catch (GraphQLTransportAuthException ex)
            {
                return new ExecutionResult { Executed = true, Errors = new ExecutionErrors { ex } };
            }
        }
        return await base.ProcessDataAsync(context, node, value).ConfigureAwait(false);
    }
}
