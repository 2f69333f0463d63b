using System.Net.Http.Json;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Bench;

/// <summary>
/// The real server on Kestrel (loopback, SQLite in a temp folder, 50 projects), plus plain endpoints that answer
/// the same JSON as the GraphQL queries without GraphQL, as the reference.
/// </summary>
public sealed class BenchServer : WebApplicationFactory<Program>
{
    public const string ProjectsQuery = "{ projects(first: 50, order: [{ name: ASC }]) { nodes { id name description } } }";

    private readonly string _folder = Directory.CreateTempSubdirectory("mc-bench-").FullName;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<BenchServer> StartAsync()
    {
        var server = new BenchServer();
        server.UseKestrel(0);
        server.StartServer();
        server.BaseAddress = server.ClientOptions.BaseAddress;
        using var client = server.CreateClient();
        for (var i = 0; i < 50; i++)
        {
            var response = await client.PostAsJsonAsync("/graphql", new
            {
                query = "mutation($n: String!) { createProject(input: { name: $n, description: \"benchmark project\" }) { project { id } } }",
                variables = new { n = $"project {i:D2}" },
            });
            response.EnsureSuccessStatusCode();
        }
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PlainEndpoints>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class PlainEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/plain/typename", b => b.Run(ctx => ctx.Response.WriteAsJsonAsync(new { data = new { __typename = "Query" } })));
            app.Map("/plain/projects", b => b.Run(async ctx =>
            {
                await ctx.RequestServices.GetRequiredService<OwnerResolver>().ApplyAsync(ctx.User, ctx.RequestAborted);
                var nodes = await ctx.RequestServices.GetRequiredService<CoreDbContext>().Projects.AsNoTracking()
                    .Where(p => p.ArchivedAt == null).OrderBy(p => p.Name).ThenBy(p => p.Id).Take(50)
                    .Select(p => new { p.Id, p.Name, p.Description }).ToListAsync(ctx.RequestAborted);
                await ctx.Response.WriteAsJsonAsync(new
                {
                    data = new { projects = new { nodes = nodes.Select(p => new { id = GlobalId.Encode("Project", p.Id), name = p.Name, description = p.Description }) } },
                });
            }));
            next(app);
        };
    }
}
