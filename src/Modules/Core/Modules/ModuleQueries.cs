using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Modules;

internal sealed class ModuleQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleType>>>>("modules")
            .Description("Registered modules, built-in and plugins (REST `GET /modules`).")
            .Argument<ModuleFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<ModuleSortInputType>>>("order")
            .ResolveAsync(async c => await c.CoreDb().Modules.AsNoTracking()
                .FilterAndSort(c, (System.Linq.Expressions.Expression<Func<ModuleRecord, Guid>>)(m => m.Id))
                .ToListAsync(c.CancellationToken));
        root.Field<ModuleType>("moduleByName")
            .Description("A module by its registry name, e.g. \"image\".")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c =>
            {
                var name = c.GetArgument<string>("name");
                return await c.CoreDb().Modules.AsNoTracking().FirstOrDefaultAsync(m => m.Name == name, c.CancellationToken);
            });
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderType>>>>("providers")
            .Description("Providers of a capability, e.g. `capability: \"image.generate\"` -> skia, openai-images.")
            .Argument<StringGraphType>("capability")
            .Argument<ModuleCategoryType>("category")
            .ResolveAsync(async c =>
            {
                var capability = c.GetArgument<string?>("capability");
                var category = c.GetArgument<ModuleCategory?>("category");
                var modules = await c.CoreDb().Modules.AsNoTracking()
                    .Where(m => category == null || m.Category == category).OrderBy(m => m.Name).ToListAsync(c.CancellationToken);
                return modules.SelectMany(m => m.Providers
                    .Where(p => capability == null || p.Capabilities.Contains(capability))
                    .Select(p => new ProviderView(m, p))).ToList();
            });
    }
}
