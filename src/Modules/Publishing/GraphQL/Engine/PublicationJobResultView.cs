using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Publishing.Engine;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.GraphQL.Engine;

/// <summary><c>Job.result</c> of <c>publishing.upload</c> jobs: the publication they post (owner-filtered).</summary>
internal sealed class PublicationJobResultView : IJobResultView
{
    public IReadOnlyList<Type> GraphTypes { get; } = [typeof(PublicationRecordType)];

    public async Task<object?> ReadAsync(Job job, IServiceProvider services, CancellationToken ct)
    {
        if (job.TaskName != PublishUploadTask.TaskName || !Guid.TryParse(PublicationIdOf(job.InputPayloadJson), out var id)) return null;
        return await services.GetRequiredService<PublishingDbContext>().Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    private static string? PublicationIdOf(string json)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("publicationId", out var value) ? value.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
