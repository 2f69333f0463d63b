using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>Keeps the principal that ASP.NET authentication gave the upgrade request.</summary>
internal sealed class DefaultWebSocketAuthenticator : IWebSocketAuthenticator
{
    public ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, JsonElement? connectionInitPayload, CancellationToken ct) =>
        ValueTask.FromResult<ClaimsPrincipal?>(http.User);
}
