using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>The shared Relay <c>PageInfo</c> type.</summary>
public sealed class PageInfoType : ObjectGraphType
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Indicates whether more edges exist following the set defined by the clients arguments.")
            .Resolve(ctx => ((PageInfo)ctx.Source!).HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Indicates whether more edges exist prior the set defined by the clients arguments.")
            .Resolve(ctx => ((PageInfo)ctx.Source!).HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("When paginating backwards, the cursor to continue.")
            .Resolve(ctx => ((PageInfo)ctx.Source!).StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("When paginating forwards, the cursor to continue.")
            .Resolve(ctx => ((PageInfo)ctx.Source!).EndCursor);
    }
}
