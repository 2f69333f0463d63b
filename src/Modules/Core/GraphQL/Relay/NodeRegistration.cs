using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>DI registration of <see cref="INodeResolver"/>s.</summary>
public static class NodeRegistration
{
    /// <summary>Registers a delegate that loads <paramref name="typeName"/> entities for <c>node</c>/<c>nodes</c>.</summary>
    public static IServiceCollection AddNodeResolver(
        this IServiceCollection services,
        string typeName,
        Func<IServiceProvider, Guid, CancellationToken, Task<object?>> resolve) =>
        services.AddSingleton<INodeResolver>(new DelegateNodeResolver(typeName, resolve));

    private sealed class DelegateNodeResolver(
        string typeName,
        Func<IServiceProvider, Guid, CancellationToken, Task<object?>> resolve) : INodeResolver
    {
        public string TypeName => typeName;

        public Task<object?> ResolveAsync(IServiceProvider services, Guid id, CancellationToken cancellationToken) =>
            resolve(services, id, cancellationToken);
    }
}
