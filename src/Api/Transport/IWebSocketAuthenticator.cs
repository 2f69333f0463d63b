using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport;

/// <summary>Decides who a WebSocket connection is, when its <c>connection_init</c> arrives.</summary>
public interface IWebSocketAuthenticator
{
    /// <summary>
    /// Returns the principal for every operation on the socket, or <see langword="null"/> to close it with 4403 Forbidden
    /// (throwing <see cref="GraphQLTransportAuthException"/> does the same).
    /// </summary>
    /// <param name="http">The upgrade request.</param>
    /// <param name="connectionInitPayload">The <c>payload</c> of <c>connection_init</c>, if any.</param>
    /// <param name="ct">Cancelled when the socket goes away.</param>
    ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, JsonElement? connectionInitPayload, CancellationToken ct);
}
