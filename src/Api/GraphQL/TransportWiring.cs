using System.Security.Claims;
using System.Text.Json;
using MediaCreator.Api.Transport;
using MediaCreator.Modules.Core.Auth;

namespace MediaCreator.Api.GraphQL;

/// <summary>Connects the transport's extension points to Core's auth: who the caller is, for every operation.</summary>
internal static class TransportWiring
{
    public static IHostApplicationBuilder AddGraphQLTransportWiring(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGraphQLTransport(o => builder.Configuration.GetSection("GraphQL:Transport").Bind(o));
        builder.Services.AddSingleton<IGraphQLExecutionInitializer, OwnerInitializer>();
        builder.Services.AddSingleton<IWebSocketAuthenticator, ConnectionInitAuthenticator>();
        return builder;
    }

    public static WebApplication MapGraphQLTransportWiring(this WebApplication app)
    {
        app.MapGraphQLTransport<MediaCreatorSchema>("/graphql");
        return app;
    }

    /// <summary>Sets the operation scope's owner from its principal (anonymous → local owner in Development only).</summary>
    private sealed class OwnerInitializer : IGraphQLExecutionInitializer
    {
        public async ValueTask InitializeAsync(GraphQLExecutionContext context, CancellationToken ct)
        {
            try
            {
                await context.RequestServices.GetRequiredService<OwnerResolver>().ApplyAsync(context.User, ct);
            }
            catch (AuthenticationRequiredError e)
            {
                throw new GraphQLTransportAuthException(AuthenticationRequiredError.ErrorCode, e.Message, StatusCodes.Status401Unauthorized);
            }
            catch (NotAuthorizedError e)
            {
                throw new GraphQLTransportAuthException(NotAuthorizedError.ErrorCode, e.Message, StatusCodes.Status403Forbidden);
            }
        }
    }

    /// <summary>
    /// Reads <c>{ "authorization": "Bearer …" }</c>, <c>{ "Authorization": … }</c>, <c>{ "token": … }</c> or
    /// <c>{ "apiKey": "mc_…" }</c> from <c>connection_init</c>; with none, the upgrade request's own credentials count.
    /// </summary>
    private sealed class ConnectionInitAuthenticator : IWebSocketAuthenticator
    {
        public async ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, JsonElement? payload, CancellationToken ct)
        {
            var credential = ReadCredential(payload);
            if (credential is null) return http.User;
            await using var scope = http.RequestServices.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TokenValidator>().ValidateAsync(credential, ct);
        }

        private static string? ReadCredential(JsonElement? payload)
        {
            if (payload is not { ValueKind: JsonValueKind.Object } p) return null;
            foreach (var property in p.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String) continue;
                var value = property.Value.GetString();
                switch (property.Name.ToLowerInvariant())
                {
                    case "authorization":
                        return CredentialReader.ReadBearer(value) ?? value;
                    case "token" or "apikey" or "x-api-key":
                        return value;
                }
            }
            return null;
        }
    }
}
