using System.Net;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>
/// <c>GET /connect/{platform}/callback?code=&amp;state=</c> (or <c>?error=</c>): where the platform sends the owner's
/// browser after consent. No bearer token arrives with a redirect, so the state row names the owner; the connection is
/// completed server-side as <c>connectPlatformAccount</c> would, then the browser goes to the state's return URL with
/// <c>status=connected&amp;platformAccountId=</c> or <c>status=error&amp;code=</c>, or sees a small page. Tokens are never echoed.
/// </summary>
public static class ConnectCallbackEndpoint
{
    public static IEndpointRouteBuilder MapPlatformAccountCallback(this IEndpointRouteBuilder app)
    {
        app.MapGet("/connect/{platform}/callback", (HttpContext http, string platform) => HandleAsync(http, platform.ToLowerInvariant()));
        return app;
    }

    private static async Task HandleAsync(HttpContext http, string platform)
    {
        var query = http.Request.Query;
        var state = query["state"].ToString();
        var ct = http.RequestAborted;
        var services = http.RequestServices;
        var hash = string.IsNullOrEmpty(state) ? null : OAuthConnectionHandler.Hash(state);
        var row = hash is null ? null : await services.GetRequiredService<PublishingDbContext>().OAuthStates.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(s => s.StateHash == hash, ct);
        if (row is null || row.Platform != platform)
        {
            await PageAsync(http, HttpStatusCode.BadRequest, "The account was not connected",
                "This link is unknown or incomplete. Start the connection again from MediaCreator.");
            return;
        }
        // The state vouches for its owner: everything below runs as that owner, through the usual query filters.
        services.GetRequiredService<OwnerContext>().Set(row.OwnerId, []);
        var handler = services.GetRequiredService<OAuthConnectionHandler>();
        AccountOutcome outcome;
        if (!string.IsNullOrEmpty(query["error"]))
        {
            await handler.AbandonAsync(state, ct);
            var denied = query["error"] == "access_denied";
            outcome = AccountOutcome.Fail(new PlatformAuthorizationError(
                denied ? "The owner did not grant access." : "The platform reported an authorization error.",
                platform.ToUpperInvariant(), denied ? AccountErrorCodes.AccessDenied : PlatformErrorCode));
        }
        else if (string.IsNullOrEmpty(query["code"]))
        {
            outcome = AccountOutcome.Fail(new PlatformAuthorizationError("The platform sent no authorization code.", platform.ToUpperInvariant(),
                PlatformErrorCode));
        }
        else
        {
            outcome = await handler.CompleteAsync(platform, query["code"].ToString(), state, null, null, ct);
        }
        await RespondAsync(http, row.ReturnUrl, outcome);
    }

    private const string PlatformErrorCode = "AUTHORIZATION_FAILED";

    private static async Task RespondAsync(HttpContext http, string? returnUrl, AccountOutcome outcome)
    {
        var accountId = outcome.Account is { } account ? GlobalId.Encode("PlatformAccount", account.Id) : null;
        if (returnUrl is not null)
        {
            var target = accountId is not null
                ? QueryHelpers.AddQueryString(returnUrl, new Dictionary<string, string?> { ["status"] = "connected", ["platformAccountId"] = accountId })
                : QueryHelpers.AddQueryString(returnUrl, new Dictionary<string, string?> { ["status"] = "error", ["code"] = CodeOf(outcome.Error) });
            http.Response.Redirect(target);
            return;
        }
        if (outcome.Account is { } connected)
            await PageAsync(http, HttpStatusCode.OK, "Account connected", $"{connected.Platform} account '{connected.Name}' is connected. You can close this window.");
        else
            await PageAsync(http, HttpStatusCode.BadRequest, "The account was not connected", $"{outcome.Error?.Message} ({CodeOf(outcome.Error)})");
    }

    private static string CodeOf(IMutationError? error) => error switch
    {
        PlatformAuthorizationError e => e.Code,
        ValidationError e => e.Code,
        _ => "FAILED",
    };

    private static async Task PageAsync(HttpContext http, HttpStatusCode status, string title, string message)
    {
        http.Response.StatusCode = (int)status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync($"""
            <!doctype html>
            <html><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title></head>
            <body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p></body></html>
            """, http.RequestAborted);
    }
}
