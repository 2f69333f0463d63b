using GraphQL.Types;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Engine;

internal sealed class PublicationEventType : ObjectGraphType<PublicationEvent>
{
    public PublicationEventType()
    {
        Name = "PublicationEvent";
        Description = "A publication status change: PUBLICATION_SCHEDULED (-> SCHEDULED), JOB_PROGRESS (-> UPLOADING), "
            + "PUBLICATION_PUBLISHED (-> PUBLISHED), PUBLICATION_FAILED (-> FAILED or CANCELLED).";
        DomainEventFields.AddTo(this);
        Field<NonNullGraphType<PublicationRecordType>>("publication").ResolveAsync(async c =>
            await c.Db().Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == c.Source.PublicationId, c.CancellationToken));
        Field<NonNullGraphType<PublicationStatusType>>("status").Resolve(c => Enum.Parse<PublicationStatus>(c.Source.Status, ignoreCase: true));
        Field<PublicationStatusType>("previousStatus").Resolve(c =>
            c.Source.PreviousStatus is { } previous ? Enum.Parse<PublicationStatus>(previous, ignoreCase: true) : null);
        Field<StringGraphType>("message").Description("Why the status changed (failure reason, post URL...).").Resolve(c => c.Source.Message);
        Interface<DomainEventInterfaceType>();
        IsTypeOf = o => o is PublicationEvent;
    }
}
