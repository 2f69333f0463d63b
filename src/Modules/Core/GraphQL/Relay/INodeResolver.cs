namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>
/// Loads the entity behind a global ID of one GraphQL type for <c>node</c>/<c>nodes</c>. Register one per
/// <see cref="TypeName"/> with <see cref="NodeRegistration.AddNodeResolver"/>.
/// </summary>
public interface INodeResolver
{
    /// <summary>The GraphQL object type name encoded in the global ID, e.g. <c>Project</c>.</summary>
    string TypeName { get; }

    /// <summary>
    /// Returns the entity (an instance the type's <c>IsTypeOf</c> accepts), or null when it does not exist or the
    /// caller may not see it: both look the same to clients.
    /// </summary>
    /// <param name="services">The request's services (scoped DbContext, current user).</param>
    Task<object?> ResolveAsync(IServiceProvider services, Guid id, CancellationToken cancellationToken);
}
