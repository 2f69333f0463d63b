using GraphQL;
using GraphQL.DI;
using MediaCreator.Modules.Core.GraphQL.Data;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>Registers the shared GraphQL conventions: scalars, <c>Node</c>/<c>node</c>/<c>nodes</c>, connections, filtering and sorting types.</summary>
public static class GraphQLConventions
{
    /// <summary>
    /// Call once (Core does). Modules then add their own graph types, <see cref="INodeResolver"/>s and
    /// connection subclasses with <c>AddGraphTypes(moduleAssembly)</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLConventions(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, NodeQueryFields>();
        services.AddGraphQL(builder =>
        {
            builder.AddGraphTypes(typeof(GraphQLConventions).Assembly);
            builder.Services.TryRegister(
                typeof(EnumOperationFilterInputType<>), typeof(EnumOperationFilterInputType<>), global::GraphQL.DI.ServiceLifetime.Transient);
            builder.AddMediaCreatorScalars();
        });
        return services;
    }
}
