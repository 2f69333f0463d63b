namespace MediaCreator.Modules.Core.GraphQL.Relay;

internal sealed record Edge(string Cursor, object Node);

/// <summary>A resolved page. <see cref="TotalCount"/> is null when the query did not select it.</summary>
internal sealed record Connection(
    IReadOnlyList<Edge> Edges, PageInfo PageInfo, int? TotalCount, Func<Task<int>> CountAsync);
