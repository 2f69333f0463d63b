using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Auth;

internal sealed class ApiKeyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyType>>>>("apiKeys")
            .Description("The caller's API keys (secrets are never returned).")
            .ResolveAsync(async c => await c.CoreDb().ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(c.CancellationToken));
}

internal sealed class ApiKeyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<CreateApiKeyPayloadType>>("createApiKey")
            .Description("Creates an API key for partner integrations or plugins; the secret is returned once.")
            .Argument<NonNullGraphType<CreateApiKeyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var name = ((string)input["name"]!).Trim();
                var scopes = ((IEnumerable<object?>)input["scopes"]!).Cast<string>().Distinct().ToList();
                var moduleName = input.GetValueOrDefault("moduleName") as string;
                var errors = new List<IMutationError>();
                if (name.Length is 0 or > 200) errors.Add(new ValidationError("The name must be 1-200 characters.", "input.name", "INVALID_LENGTH"));
                if (scopes.Count == 0) errors.Add(new ValidationError("At least one scope is required.", "input.scopes", "REQUIRED"));
                errors.AddRange(scopes.Where(s => !ApiKeyScopes.All.Contains(s))
                    .Select(s => new ValidationError($"Unknown scope '{s}'.", "input.scopes", "UNKNOWN_SCOPE")));
                errors.AddRange(await PluginKeyRules.CheckAsync(c.CoreDb(), c.Owner().RequireOwner(), scopes, moduleName, c.CancellationToken));
                if (errors.Count > 0) return new MutationPayload(null, errors);
                var (key, secret) = await c.Service<ApiKeyService>().CreateAsync(c.Owner().RequireOwner(), name, scopes, moduleName, c.CancellationToken);
                return MutationPayload.Ok(new CreatedApiKey(key, secret));
            });
        root.Field<NonNullGraphType<RevokeApiKeyPayloadType>>("revokeApiKey")
            .Description("Revokes an API key at once.")
            .Argument<NonNullGraphType<RevokeApiKeyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var globalId = c.GetArgument<Dictionary<string, object?>>("input")["apiKeyId"] as string;
                var id = GlobalId.DecodeFor("ApiKey", globalId!);
                var db = c.CoreDb();
                var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, c.CancellationToken);
                if (key is null) return MutationPayload.Fail(NotFoundError.For("ApiKey", globalId));
                key.RevokedAt ??= DateTime.UtcNow;
                await db.SaveChangesAsync(c.CancellationToken);
                return MutationPayload.Ok(key);
            });
    }
}
