using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;

namespace MediaCreator.Modules.Core.Projects;

internal sealed class CreateProjectInputType : InputObjectGraphType
{
    public CreateProjectInputType()
    {
        Name = "CreateProjectInput";
        Description = "Input of `createProject`.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
        Field<JsonScalarType>("metadata");
        Field<ProjectBudgetInputType>("budget");
    }
}

internal sealed class UpdateProjectInputType : InputObjectGraphType
{
    public UpdateProjectInputType()
    {
        Name = "UpdateProjectInput";
        Description = "Input of `updateProject`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<StringGraphType>("name");
        Field<StringGraphType>("description");
        Field<JsonScalarType>("metadata");
    }
}

internal sealed class SetProjectBudgetInputType : InputObjectGraphType
{
    public SetProjectBudgetInputType()
    {
        Name = "SetProjectBudgetInput";
        Description = "Input of `setProjectBudget`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<ProjectBudgetInputType>("budget").Description("Null removes the budget.");
    }
}

internal sealed class ArchiveProjectInputType : InputObjectGraphType
{
    public ArchiveProjectInputType()
    {
        Name = "ArchiveProjectInput";
        Description = "Input of `archiveProject`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<BooleanGraphType>>("archived").DefaultValue(true).Description("False restores an archived project.");
    }
}

internal sealed class CreateProjectErrorType() : ErrorUnionType("createProject", typeof(ValidationErrorType));

internal sealed class UpdateProjectErrorType() : ErrorUnionType("updateProject", typeof(ValidationErrorType), typeof(NotFoundErrorType));

internal sealed class SetProjectBudgetErrorType() : ErrorUnionType("setProjectBudget", typeof(ValidationErrorType), typeof(NotFoundErrorType));

internal sealed class ArchiveProjectErrorType() : ErrorUnionType("archiveProject", typeof(NotFoundErrorType));

internal sealed class CreateProjectPayloadType() : PayloadGraphType<ProjectType, CreateProjectErrorType>("createProject", "project");

internal sealed class UpdateProjectPayloadType() : PayloadGraphType<ProjectType, UpdateProjectErrorType>("updateProject", "project");

internal sealed class SetProjectBudgetPayloadType() : PayloadGraphType<ProjectType, SetProjectBudgetErrorType>("setProjectBudget", "project");

internal sealed class ArchiveProjectPayloadType() : PayloadGraphType<ProjectType, ArchiveProjectErrorType>("archiveProject", "project");
