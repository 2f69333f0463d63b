using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using MediaCreator.Api.Transport.Uploads;
using MediaCreator.Modules.Core.Assets.Content;
using MediaCreator.Modules.Core.Assets.Upload;
using MediaCreator.Modules.Core.Workflows.Engine;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Feeds;

namespace MediaCreator.Api.GraphQL;

internal static class GraphQLSetup
{
    public static IHostApplicationBuilder AddMediaCreatorGraphQL(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("GraphQL").Get<GraphQLLimits>() ?? new GraphQLLimits();
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<RootQuery>();
        builder.Services.AddSingleton<RootMutation>();
        builder.Services.AddSingleton<RootSubscription>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<MediaCreatorSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(GraphQLSetup).Assembly)
            // Resolvers share the scope's DbContext, which allows one operation at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(o =>
            {
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
            })
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = builder.Environment.IsDevelopment())
            .ConfigureExecutionOptions(o => o.EnableMetrics = false)
            .ConfigureSchema(s => s.RegisterType(typeof(UploadGraphType))));
        builder.Services.AddSingleton<UploadReader>(v => v is IUploadedFile f ? new UploadedContent(f.FileName, f.ContentType, f.Length, f.OpenReadStream) : null);
        builder.AddGraphQLTransportWiring();
        // The workflow orchestrator dispatches steps through this schema, so it runs where the schema is.
        builder.Services.AddWorkflowOrchestrator<Workflows.GraphQLStepDispatcher>();
        return builder;
    }

    public static WebApplication MapMediaCreatorGraphQL(this WebApplication app)
    {
        app.UseAuthentication();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapGraphQLTransportWiring();
        app.MapAssetContent();
        app.MapPlatformAccountCallback();
        app.MapPublishingFeeds();
        BenchmarkEndpoints.MapIfEnabled(app);
        return app;
    }
}

/// <summary>Bound from the <c>GraphQL</c> section.</summary>
internal sealed class GraphQLLimits
{
    public int MaxDepth { get; set; } = 15;
    public int MaxComplexity { get; set; } = 20000;
}
