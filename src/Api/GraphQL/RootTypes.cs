using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Api.GraphQL;

internal sealed class RootQuery : ObjectGraphType
{
    public RootQuery(IEnumerable<IQueryFields> parts)
    {
        Name = "Query";
        Description = "Root query type. All entities implement `Node`; lists are Relay cursor connections with `where`/`order`.";
        foreach (var part in parts) part.AddTo(this);
    }
}

internal sealed class RootMutation : ObjectGraphType
{
    public RootMutation(IEnumerable<IMutationFields> parts)
    {
        Name = "Mutation";
        Description = "Root mutation type. Every field takes one `input` and returns a payload with `errors`.";
        foreach (var part in parts) part.AddTo(this);
    }
}

internal sealed class RootSubscription : ObjectGraphType
{
    public RootSubscription(IEnumerable<ISubscriptionFields> parts)
    {
        Name = "Subscription";
        Description = "Root subscription type (graphql-ws / SSE). Payloads carry full entities so normalized client caches update by `id`.";
        foreach (var part in parts) part.AddTo(this);
    }
}
