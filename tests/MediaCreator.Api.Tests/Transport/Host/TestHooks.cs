using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using GraphQL.Validation;
using MediaCreator.Api.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Transport.Host;

/// <summary>Sets the owner from the principal (as the EF owner filter will) and refuses callers marked as denied.</summary>
internal sealed class TestInitializer : IGraphQLExecutionInitializer
{
    public static readonly ConcurrentQueue<(TransportKind Transport, Guid Scope)> Calls = new();

    public ValueTask InitializeAsync(GraphQLExecutionContext context, CancellationToken ct)
    {
        var probe = context.RequestServices.GetRequiredService<ScopeProbe>();
        Calls.Enqueue((context.Transport, probe.ScopeId));
        if (context.HttpContext.Request.Headers.ContainsKey("X-Deny") || context.User.Identity?.Name == "denied")
            throw new GraphQLTransportAuthException("FORBIDDEN", "You may not run operations.", 403);
        if (context.HttpContext.Request.Headers.ContainsKey("X-Anonymous-Deny") && context.User.Identity?.IsAuthenticated != true)
            throw new GraphQLTransportAuthException("UNAUTHENTICATED", "Sign in first.", 401);
        probe.Owner = context.User.Identity?.Name ?? "anonymous";
        return ValueTask.CompletedTask;
    }
}

/// <summary>Reads <c>{ "authorization": "Bearer NAME" }</c>; <c>{ "deny": true }</c> refuses, <c>{ "throw": true }</c> throws.</summary>
internal sealed class TestWebSocketAuthenticator : IWebSocketAuthenticator
{
    public ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, JsonElement? payload, CancellationToken ct)
    {
        if (payload is { } p)
        {
            if (p.TryGetProperty("deny", out _))
                return ValueTask.FromResult<ClaimsPrincipal?>(null);
            if (p.TryGetProperty("throw", out _))
                throw new GraphQLTransportAuthException("FORBIDDEN", "Bad token.", 403);
            if (p.TryGetProperty("authorization", out var auth) && auth.GetString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal))
                return ValueTask.FromResult<ClaimsPrincipal?>(TestUsers.Named(header["Bearer ".Length..]));
        }
        return ValueTask.FromResult<ClaimsPrincipal?>(http.User);
    }
}

internal static class TestUsers
{
    public static ClaimsPrincipal Named(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));
}

/// <summary>Counts full validations: a cached document skips it, which proves the document cache works.</summary>
internal sealed class CountingValidationRule : IValidationRule
{
    public static int Runs;

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation?.Name?.StringValue == "CacheProbe")
            Interlocked.Increment(ref Runs);
        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
