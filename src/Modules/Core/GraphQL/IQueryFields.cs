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

/// <summary>Fields a module adds to the <c>Asset</c> type (e.g. <c>audioAnalysis</c>, <c>stemGroups</c>, <c>tabs</c>).</summary>
public interface IAssetFields
{
    void AddTo(ObjectGraphType<Assets.Asset> assetType);
}

/// <summary>Fields a module adds to the <c>Project</c> type (e.g. <c>episodes</c>).</summary>
public interface IProjectFields
{
    void AddTo(ObjectGraphType<Projects.Project> projectType);
}
