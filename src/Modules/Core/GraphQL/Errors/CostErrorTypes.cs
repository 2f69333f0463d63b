using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;

namespace MediaCreator.Modules.Core.GraphQL.Errors;

public sealed class BudgetExceededErrorType : ObjectGraphType<BudgetExceededError>
{
    public BudgetExceededErrorType()
    {
        Name = "BudgetExceededError";
        Description = "The job's estimated cost would exceed the project budget (enforcement BLOCK_NEW_JOBS).";
        Field(x => x.Message);
        Field<NonNullGraphType<IdGraphType>>("projectId").Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<MoneyType>>("budget").Resolve(c => c.Source.Budget);
        Field<NonNullGraphType<MoneyType>>("spent").Resolve(c => c.Source.Spent);
        Field<NonNullGraphType<MoneyType>>("estimatedCost").Resolve(c => c.Source.EstimatedCost);
        Interface<ErrorInterfaceType>();
    }
}

public sealed class ProviderUnavailableErrorType : ObjectGraphType<ProviderUnavailableError>
{
    public ProviderUnavailableErrorType()
    {
        Name = "ProviderUnavailableError";
        Description = "The requested provider is unknown, disabled or lacks the capability.";
        Field(x => x.Message);
        Field(x => x.Provider);
        Field(x => x.Capability);
        Interface<ErrorInterfaceType>();
    }
}
