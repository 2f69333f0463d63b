using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>where → order → COUNT (only if needed) → OFFSET/LIMIT page+1, all translated to SQL by the provider.</summary>
internal sealed class ConnectionResolver<TSource>(
    Func<IResolveFieldContext, IQueryable<TSource>> resolve, LambdaExpression key) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var paging = PagingArguments.From(context);
        var query = resolve(context).Filter(context);
        var ordered = query.Sort(context, key);

        var ct = context.CancellationToken;
        var filtered = query;
        Func<Task<int>> countAsync = () => CountAsync(filtered, ct);
        int? count = paging.NeedsCount || SelectsTotalCount(context) ? await countAsync() : null;

        var (start, end) = paging.Window(count);
        var size = end - start;
        // One extra row answers hasNextPage without a COUNT.
        var page = await ToListAsync(ordered.Skip(start).Take(size + 1), ct);
        var hasNext = page.Count > size;

        var edges = page.Take(size).Select((node, i) => new Edge(IndexCursor.Encode(start + i), node!)).ToList();
        var pageInfo = new PageInfo(hasNext, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, count, countAsync);
    }

    private static bool SelectsTotalCount(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.FieldType.Name == "totalCount") ?? true;

    private static Task<int> CountAsync(IQueryable<TSource> query, CancellationToken ct) =>
        query.Provider is IAsyncQueryProvider ? query.CountAsync(ct) : Task.FromResult(query.Count());

    private static async Task<List<TSource>> ToListAsync(IQueryable<TSource> query, CancellationToken ct) =>
        query.Provider is IAsyncQueryProvider ? await query.ToListAsync(ct) : query.ToList();
}
