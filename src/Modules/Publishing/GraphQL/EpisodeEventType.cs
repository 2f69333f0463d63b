using GraphQL.Types;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class EpisodeEventType : ObjectGraphType<EpisodeEvent>
{
    public EpisodeEventType()
    {
        Name = "EpisodeEvent";
        Description = "EPISODE_READY.";
        DomainEventFields.AddTo(this);
        Field<NonNullGraphType<EpisodeType>>("episode").ResolveAsync(async c =>
            await c.Db().Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Id == c.Source.EpisodeId, c.CancellationToken));
        Interface<DomainEventInterfaceType>();
        IsTypeOf = o => o is EpisodeEvent;
    }
}

/// <summary><c>Project.episodes</c>: the project's episodes, restricted to it in SQL.</summary>
internal sealed class ProjectEpisodeFields : IProjectFields
{
    public void AddTo(ObjectGraphType<Project> projectType) =>
        projectType.Connection<EpisodesConnectionType, Episode>("episodes",
                c => c.Db().Episodes.AsNoTracking().Where(e => e.ProjectId == ((Project)c.Source!).Id), x => x.Id)
            .Filter<EpisodeFilterInputType>().Sort<EpisodeSortInputType>();
}
