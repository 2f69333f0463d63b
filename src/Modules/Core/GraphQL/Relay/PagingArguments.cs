using GraphQL;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>Validated <c>first/after/last/before</c>, with HotChocolate's defaults.</summary>
internal sealed record PagingArguments(int? First, int? After, int? Last, int? Before)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    public static PagingArguments From(IResolveFieldContext ctx)
    {
        var first = Size(ctx, "first");
        var last = Size(ctx, "last");
        return new(
            first ?? (last is null ? DefaultPageSize : null),
            Cursor(ctx, "after"),
            last,
            Cursor(ctx, "before"));
    }

    /// <summary>Backward paging from the end of the list needs its length.</summary>
    public bool NeedsCount => First is null && Before is null;

    /// <summary>The page as [start, end) offsets in the ordered, filtered list.</summary>
    public (int Start, int End) Window(int? count)
    {
        var start = After is { } after ? after + 1 : 0;
        int end;
        if (First is { } first)
            end = Before is { } before ? Math.Min(before, start + first) : start + first;
        else
            end = Before ?? count ?? throw new InvalidOperationException("Count required for 'last' without 'before'.");
        if (Last is { } last)
            start = Math.Max(start, end - last);
        return (start, Math.Max(start, end));
    }

    private static int? Size(IResolveFieldContext ctx, string name)
    {
        var value = ctx.GetArgument<int?>(name);
        if (value is < 0 or > MaxPageSize)
            throw new InvalidPagingArgumentError($"'{name}' must be between 0 and {MaxPageSize}.");
        return value;
    }

    private static int? Cursor(IResolveFieldContext ctx, string name) =>
        ctx.GetArgument<string?>(name) is { } value ? IndexCursor.Decode(name, value) : null;
}
