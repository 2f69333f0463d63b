using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public sealed class WidgetSortInputType : SortInputType<Widget>
{
    public WidgetSortInputType()
    {
        Name = "WidgetSortInput";
        Description = "Sort fields for Widget lists (`order:`).";
        SortField("name", x => x.Name);
        SortField("status", x => x.Status);
        SortField("active", x => x.Active);
        SortField("quantity", x => x.Quantity);
        SortField("price", x => x.Price);
        SortField("createdAt", x => x.CreatedAt);
        SortField("boxLabel", x => x.Box!.Label);
        DefaultOrder(x => x.CreatedAt, SortDirection.Descending);
    }
}
