using System.Security.Claims;
using MediaCreator.Api.Transport.Execution;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport;

/// <summary>
/// What an <see cref="IGraphQLExecutionInitializer"/> sees of one execution. It is also the GraphQL.NET
/// <c>UserContext</c> of that execution, so resolvers can read it and initializers can leave items in it.
/// </summary>
public sealed class GraphQLExecutionContext : Dictionary<string, object?>
{
    /// <summary>Creates the context of one execution.</summary>
    public GraphQLExecutionContext(HttpContext httpContext, IServiceProvider requestServices, ClaimsPrincipal user, TransportKind transport)
    {
        HttpContext = httpContext;
        RequestServices = requestServices;
        User = user;
        Transport = transport;
    }

    /// <summary>The HTTP request (for WebSocket: the upgrade request) the operation came with.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The DI scope of this execution: the request's for HTTP, its own for each WebSocket operation and subscription event.</summary>
    public IServiceProvider RequestServices { get; }

    /// <summary>The principal the operation runs as.</summary>
    public ClaimsPrincipal User { get; }

    /// <summary>The transport the operation arrived on.</summary>
    public TransportKind Transport { get; }

    internal CachedDocument? CachedDocument { get; set; }

    internal GraphQLExecutionContext ForEvent(IServiceProvider eventServices) =>
        new(HttpContext, eventServices, User, Transport);
}
