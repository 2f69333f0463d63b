using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.InputBrain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.InputBrain.GraphQL;

internal sealed class InputBrainQueries : IQueryFields, IProjectFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Connection<IdeasConnectionType, ContentIdeaRecord>("ideas", c => c.Db().Ideas, x => x.Id)
            .Filter<ContentIdeaFilterInputType>().Sort<ContentIdeaSortInputType>()
            .Description("Content ideas across the caller's projects.");
        root.Field<ContentIdeaType>("idea").Description("A content idea by ID.").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.DecodeFor("ContentIdea", c.GetArgument<string>("id"));
                return await c.Db().Ideas.FirstOrDefaultAsync(i => i.Id == id, c.CancellationToken);
            });
        root.Field<WorkflowDraftType>("workflowDraft").Description("A workflow draft by ID.").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.DecodeFor("WorkflowDraft", c.GetArgument<string>("id"));
                return await c.Db().Drafts.FirstOrDefaultAsync(d => d.Id == id, c.CancellationToken);
            });
    }

    public void AddTo(ObjectGraphType<Project> projectType) =>
        projectType.Connection<IdeasConnectionType, ContentIdeaRecord>("ideas", c => c.Db().Ideas.Where(i => i.ProjectId == ((Project)c.Source!).Id), x => x.Id)
            .Filter<ContentIdeaFilterInputType>().Sort<ContentIdeaSortInputType>()
            .Description("The project's content ideas.");
}
