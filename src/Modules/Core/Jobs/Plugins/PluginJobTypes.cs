using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Core.Jobs.Plugins;

internal sealed class ClaimJobInputType : InputObjectGraphType
{
    public ClaimJobInputType()
    {
        Name = "ClaimJobInput";
        Description = "Input of `claimJob`: the plugin module whose next QUEUED job to take.";
        Field<NonNullGraphType<StringGraphType>>("moduleName");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("taskNames").Description("Only these tasks; all of the module's when null.");
    }
}

internal sealed class ReportJobProgressInputType : InputObjectGraphType
{
    public ReportJobProgressInputType()
    {
        Name = "ReportJobProgressInput";
        Description = "Input of `reportJobProgress`; also renews the plugin worker's lease on the job.";
        Field<NonNullGraphType<IdGraphType>>("jobId");
        Field<NonNullGraphType<FloatGraphType>>("progress").Description("0..1.");
        Field<StringGraphType>("message");
    }
}

internal sealed class CompleteJobInputType : InputObjectGraphType
{
    public CompleteJobInputType()
    {
        Name = "CompleteJobInput";
        Description = "Input of `completeJob`.";
        Field<NonNullGraphType<IdGraphType>>("jobId");
        Field<JsonScalarType>("output").Description("The job's output payload.");
        Field<FloatGraphType>("costQuantity").Description("Units of the provider's cost profile used (1 when omitted).");
    }
}

internal sealed class FailJobInputType : InputObjectGraphType
{
    public FailJobInputType()
    {
        Name = "FailJobInput";
        Description = "Input of `failJob`.";
        Field<NonNullGraphType<IdGraphType>>("jobId");
        Field<NonNullGraphType<StringGraphType>>("code").Description("Machine-readable code, e.g. PROVIDER_ERROR.");
        Field<NonNullGraphType<StringGraphType>>("message");
        Field<NonNullGraphType<BooleanGraphType>>("retryable").DefaultValue(false).Description("Queue the job again while attempts remain.");
    }
}

internal sealed class ClaimJobErrorType() : ErrorUnionType("claimJob", typeof(NotFoundErrorType));

internal sealed class ReportJobProgressErrorType() : ErrorUnionType("reportJobProgress", typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class CompleteJobErrorType() : ErrorUnionType("completeJob", typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class FailJobErrorType() : ErrorUnionType("failJob", typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class ClaimJobPayloadType() : PayloadGraphType<JobType, ClaimJobErrorType>("claimJob", "job");

internal sealed class ReportJobProgressPayloadType() : PayloadGraphType<JobType, ReportJobProgressErrorType>("reportJobProgress", "job");

internal sealed class CompleteJobPayloadType() : PayloadGraphType<JobType, CompleteJobErrorType>("completeJob", "job");

internal sealed class FailJobPayloadType() : PayloadGraphType<JobType, FailJobErrorType>("failJob", "job");
