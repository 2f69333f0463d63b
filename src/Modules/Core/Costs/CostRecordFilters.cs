using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Costs;

internal sealed class CostRecordFilterInputType : FilterInputType<CostRecord>
{
    public CostRecordFilterInputType()
    {
        Name = "CostRecordFilterInput";
        Description = "Filter for CostRecord lists (`where:`).";
        IdField("jobId", "Job", x => x.JobId);
        StringField("provider", x => x.Provider);
        DecimalField("totalCost", x => x.TotalCost);
        StringField("currency", x => x.Currency);
        DateTimeField("createdAt", x => x.CreatedAt);
    }
}

internal sealed class CostRecordSortInputType : SortInputType<CostRecord>
{
    public CostRecordSortInputType()
    {
        Name = "CostRecordSortInput";
        Description = "Sort fields for CostRecord lists (`order:`).";
        SortField("totalCost", x => x.TotalCost);
        SortField("provider", x => x.Provider);
        SortField("createdAt", x => x.CreatedAt);
        DefaultOrder(x => x.CreatedAt, SortDirection.Descending);
    }
}
