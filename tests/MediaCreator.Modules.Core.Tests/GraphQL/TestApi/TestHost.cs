using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

/// <summary>A real schema over a seeded database; records the SQL EF executes.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestHost(ServiceProvider services) => _services = services;

    public ConcurrentQueue<string> Sql { get; } = new();

    public ISchema Schema => _services.GetRequiredService<ISchema>();

    public static async Task<TestHost> CreateAsync(Action<DbContextOptionsBuilder> useDatabase)
    {
        TestHost? host = null;
        var services = new ServiceCollection();
        services.AddDbContext<WidgetDbContext>(options =>
        {
            useDatabase(options);
            options.LogTo(sql => host!.Sql.Enqueue(sql), [RelationalEventId.CommandExecuted]);
        });
        services.AddGraphQLConventions();
        services.AddSingleton<IQueryFields, WidgetQueries>();
        services.AddNodeResolver("Widget", async (sp, id, ct) =>
            await sp.GetRequiredService<WidgetDbContext>().Widgets.FirstOrDefaultAsync(w => w.Id == id && w.DeletedAt == null, ct));
        services.AddNodeResolver("Box", async (sp, id, ct) =>
            await sp.GetRequiredService<WidgetDbContext>().Boxes.FindAsync([id], ct));
        services.AddGraphQL(b => b
            .AddSchema<TestSchema>()
            .AddGraphTypes(typeof(TestHost).Assembly)
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddSystemTextJson());
        host = new TestHost(services.BuildServiceProvider());

        await using var scope = host._services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WidgetDbContext>();
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        db.Boxes.AddRange(WidgetSeed.Boxes());
        db.Widgets.AddRange(WidgetSeed.Widgets());
        await db.SaveChangesAsync();
        return host;
    }

    public async Task<JsonElement> ExecuteAsync(string query, string? variablesJson = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        Sql.Clear();
        var result = await _services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = query;
            options.Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson);
            options.RequestServices = scope.ServiceProvider;
            options.ThrowOnUnhandledException = true;
        });
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        return document.RootElement.Clone();
    }

    public T WithDb<T>(Func<WidgetDbContext, T> use)
    {
        using var scope = _services.CreateScope();
        return use(scope.ServiceProvider.GetRequiredService<WidgetDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await using (var scope = _services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WidgetDbContext>().Database.EnsureDeletedAsync();
        await _services.DisposeAsync();
    }
}
