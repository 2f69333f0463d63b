using MediaCreator.Modules.Core.GraphQL.Errors;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>What <c>planPublication</c> made (or found again for the same idempotency key).</summary>
internal sealed record PlanPublicationResult(IReadOnlyList<Dashboard.PublicationRecord> Publications, IReadOnlyList<Core.Jobs.Job> Jobs);

/// <summary>A publication and the job that posts it (none while it waits for approval).</summary>
internal sealed record PublicationJobResult(Dashboard.PublicationRecord Publication, Core.Jobs.Job? Job);
