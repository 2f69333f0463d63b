using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Auth;

internal sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public ApiKeyType()
    {
        Name = "ApiKey";
        Description = "A partner or plugin API key. The secret is shown once, in `createApiKey`; only its hash is stored.";
        this.ImplementsNode("ApiKey", x => x.Id);
        Field(x => x.Name);
        Field(x => x.Prefix).Description("Public part of the key (`mc_{prefix}_…`), to recognise it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("`full`, `analytics:read` or `plugin`.").Resolve(c => c.Source.Scopes);
        Field(x => x.ModuleName, nullable: true).Description("Module whose jobs a `plugin` key works on.");
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeScalarType>("revokedAt").Resolve(c => c.Source.RevokedAt);
    }
}

internal sealed record CreatedApiKey(ApiKey ApiKey, string Secret);

internal sealed class CreateApiKeyInputType : InputObjectGraphType
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Description = "Input of `createApiKey`.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("`full`, `analytics:read`, or `plugin` (with `moduleName`).");
        Field<StringGraphType>("moduleName").Description("For a `plugin` key: the caller's own plugin module whose jobs it claims and settles.");
    }
}

internal sealed class CreateApiKeyErrorType() : ErrorUnionType("createApiKey", typeof(ValidationErrorType));

internal sealed class CreateApiKeyPayloadType : ObjectGraphType<MutationPayload>
{
    public CreateApiKeyPayloadType()
    {
        Name = "CreateApiKeyPayload";
        Description = "Payload of `createApiKey`.";
        Field<ApiKeyType>("apiKey").Resolve(c => (c.Source.Result as CreatedApiKey)?.ApiKey);
        Field<StringGraphType>("secret").Description("The full key. It is shown only here, once: store it now.").Resolve(c => (c.Source.Result as CreatedApiKey)?.Secret);
        Field<ListGraphType<NonNullGraphType<CreateApiKeyErrorType>>>("errors").Resolve(c => c.Source.Errors);
    }
}

internal sealed class RevokeApiKeyInputType : InputObjectGraphType
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Description = "Input of `revokeApiKey`.";
        Field<NonNullGraphType<IdGraphType>>("apiKeyId");
    }
}

internal sealed class RevokeApiKeyErrorType() : ErrorUnionType("revokeApiKey", typeof(NotFoundErrorType));

internal sealed class RevokeApiKeyPayloadType() : PayloadGraphType<ApiKeyType, RevokeApiKeyErrorType>("revokeApiKey", "apiKey");
