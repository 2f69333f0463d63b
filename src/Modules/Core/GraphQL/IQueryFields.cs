using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL;

/// <summary>A module's contribution to the root <c>Query</c> type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType root);
}

/// <summary>A module's contribution to the root <c>Mutation</c> type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType root);
}

/// <summary>A module's contribution to the root <c>Subscription</c> type.</summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType root);
}
