using GraphQL;
using MediaCreator.Api.Transport;
using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Api.GraphQL;

internal static class GraphQLSetup
{
    public static IHostApplicationBuilder AddMediaCreatorGraphQL(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IQueryFields, HelloFields>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<MediaCreatorSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(GraphQLSetup).Assembly));
        builder.Services.AddSingleton<RootQuery>();
        builder.Services.AddSingleton<RootMutation>();
        builder.Services.AddSingleton<RootSubscription>();
        builder.Services.AddGraphQLTransport();
        return builder;
    }

    public static WebApplication MapMediaCreatorGraphQL(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapGraphQLTransport<MediaCreatorSchema>("/graphql");
        return app;
    }

    private sealed class HelloFields : IQueryFields
    {
        public void AddTo(global::GraphQL.Types.ObjectGraphType root) =>
            root.Field<global::GraphQL.Types.StringGraphType>("hello").Resolve(_ => "world");
    }
}
