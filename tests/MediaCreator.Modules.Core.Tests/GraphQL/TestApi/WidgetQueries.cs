using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public sealed class WidgetQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Connection<WidgetsConnectionType, Widget>("widgets", ctx => ctx.Db().Widgets, x => x.Id)
            .Description("Widgets visible to the caller.")
            .Filter<WidgetFilterInputType>()
            .Sort<WidgetSortInputType>();

        root.Field<BoxType>("box")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Db().Boxes.FindAsync(GlobalId.DecodeFor("Box", ctx.GetArgument<string>("id"))));

        root.Field<JsonScalarType>("echoJson")
            .Argument<JsonScalarType>("value")
            .Resolve(ctx => ctx.GetArgument<object?>("value"));
        root.Field<DateTimeScalarType>("echoDateTime")
            .Argument<DateTimeScalarType>("value")
            .Resolve(ctx => ctx.GetArgument<object?>("value"));
        root.Field<UrlScalarType>("echoUrl")
            .Argument<UrlScalarType>("value")
            .Resolve(ctx => ctx.GetArgument<object?>("value"));
        root.Field<DateScalarType>("echoDate")
            .Argument<DateScalarType>("value")
            .Resolve(ctx => ctx.GetArgument<object?>("value"));
    }
}

public static class TestContextExtensions
{
    public static WidgetDbContext Db(this IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<WidgetDbContext>();
}
