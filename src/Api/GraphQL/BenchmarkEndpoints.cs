using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Api.GraphQL;

/// <summary>
/// Plain minimal-API endpoints answering the same JSON as two GraphQL queries, so <c>bench/</c> can report GraphQL's
/// overhead against the same server, pipeline and data. Mapped only when <c>Benchmark:PlainEndpoints</c> is true.
/// </summary>
internal static class BenchmarkEndpoints
{
    public static void MapIfEnabled(WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Benchmark:PlainEndpoints")) return;
        app.MapGet("/plain/typename", () => Results.Json(new { data = new { __typename = "Query" } }));
        app.MapGet("/plain/projects", async (HttpContext http, OwnerResolver owners, CoreDbContext db) =>
        {
            await owners.ApplyAsync(http.User, http.RequestAborted);
            var nodes = await db.Projects.AsNoTracking()
                .Where(p => p.ArchivedAt == null).OrderBy(p => p.Name).ThenBy(p => p.Id).Take(50)
                .Select(p => new { p.Id, p.Name, p.Description }).ToListAsync(http.RequestAborted);
            return Results.Json(new
            {
                data = new { projects = new { nodes = nodes.Select(p => new { id = GlobalId.Encode("Project", p.Id), name = p.Name, description = p.Description }) } },
            });
        });
    }
}
