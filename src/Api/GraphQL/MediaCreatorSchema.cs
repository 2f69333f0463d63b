using GraphQL.Types;

namespace MediaCreator.Api.GraphQL;

internal sealed class MediaCreatorSchema : Schema
{
    public MediaCreatorSchema(IServiceProvider services, RootQuery query, RootMutation mutation, RootSubscription subscription)
        : base(services)
    {
        Query = query;
        if (mutation.Fields.Count > 0) Mutation = mutation;
        if (subscription.Fields.Count > 0) Subscription = subscription;
    }
}
