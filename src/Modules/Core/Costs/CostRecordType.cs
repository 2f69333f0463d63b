using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Projects;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Costs;

internal sealed class CostRecordType : ObjectGraphType<CostRecord>
{
    public CostRecordType()
    {
        Name = "CostRecord";
        Description = "Cost of one job's provider usage (table `cost_records`).";
        this.ImplementsNode("CostRecord", x => x.Id);
        Field<NonNullGraphType<JobType>>("job").ResolveAsync(async c => await c.CoreDb().Jobs.FirstOrDefaultAsync(j => j.Id == c.Source.JobId, c.CancellationToken));
        Field<NonNullGraphType<ProjectType>>("project").ResolveAsync(async c => await c.CoreDb().Projects.FirstOrDefaultAsync(p => p.Id == c.Source.ProjectId, c.CancellationToken));
        Field(x => x.Provider);
        Field<NonNullGraphType<DecimalGraphType>>("totalCost").Resolve(c => c.Source.TotalCost);
        Field(x => x.Currency);
        Field(x => x.Quantity, nullable: true);
        Field<CostUnitType>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}
