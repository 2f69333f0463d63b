using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Core.Jobs;

internal sealed class CreateJobInputType : InputObjectGraphType
{
    public CreateJobInputType()
    {
        Name = "CreateJobInput";
        Description = "Input of `createJob`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<JobSpecInputType>>("spec");
        Field<DateTimeScalarType>("runAfter").Description("Do not start before this time.");
        Field<UuidScalarType>("idempotencyKey").Description("Repeating a request with the same key returns the same job.");
    }
}

/// <summary>Exactly one typed job spec. Modules add their members (image, video, ...) as their issues land.</summary>
internal sealed class JobSpecInputType : InputObjectGraphType
{
    public JobSpecInputType(IEnumerable<IJobSpecMember> members)
    {
        Name = "JobSpecInput";
        Description = "Exactly one typed job spec (stored as `Job.input_payload`).";
        IsOneOf = true;
        foreach (var member in members.OrderBy(m => m.Name, StringComparer.Ordinal))
            Field(member.Name, member.InputType).Description(member.Description);
        Field<GenericJobInputType>("generic");
    }
}

internal sealed class GenericJobInputType : InputObjectGraphType
{
    public GenericJobInputType()
    {
        Name = "GenericJobInput";
        Description = "Any registered task by name (`jobs.run_generic_task`); the payload is validated against the task's input schema.";
        Field<NonNullGraphType<StringGraphType>>("moduleName");
        Field<NonNullGraphType<StringGraphType>>("taskName");
        Field<StringGraphType>("provider");
        Field<NonNullGraphType<JsonScalarType>>("payload");
    }
}

internal sealed class JobIdInputType : InputObjectGraphType
{
    public JobIdInputType()
    {
        Name = "CancelJobInput";
        Description = "Input of `cancelJob`.";
        Field<NonNullGraphType<IdGraphType>>("jobId");
    }
}

internal sealed class RetryJobInputType : InputObjectGraphType
{
    public RetryJobInputType()
    {
        Name = "RetryJobInput";
        Description = "Input of `retryJob`.";
        Field<NonNullGraphType<IdGraphType>>("jobId");
        Field<StringGraphType>("provider").Description("Switch provider for the retry.");
    }
}

internal sealed class CreateJobErrorType() : ErrorUnionType("createJob",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(BudgetExceededErrorType), typeof(ProviderUnavailableErrorType));

internal sealed class CancelJobErrorType() : ErrorUnionType("cancelJob", typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class RetryJobErrorType() : ErrorUnionType("retryJob",
    typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(BudgetExceededErrorType), typeof(ProviderUnavailableErrorType));

internal sealed class CreateJobPayloadType() : PayloadGraphType<JobType, CreateJobErrorType>("createJob", "job");

internal sealed class CancelJobPayloadType() : PayloadGraphType<JobType, CancelJobErrorType>("cancelJob", "job");

internal sealed class RetryJobPayloadType() : PayloadGraphType<JobType, RetryJobErrorType>("retryJob", "job");
