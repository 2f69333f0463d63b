using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Transport.Execution;

internal static class Initializers
{
    public static async ValueTask RunAsync(GraphQLExecutionContext context, CancellationToken ct)
    {
        foreach (var initializer in context.RequestServices.GetServices<IGraphQLExecutionInitializer>())
            await initializer.InitializeAsync(context, ct).ConfigureAwait(false);
    }
}
