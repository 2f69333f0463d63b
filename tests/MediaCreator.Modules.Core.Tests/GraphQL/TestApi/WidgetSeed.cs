namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

/// <summary>30 deterministic widgets: widget i has Id ...(i+1), Name "Widget ii", CreatedAt 2024-01-01 + i hours.</summary>
public static class WidgetSeed
{
    public const int Count = 30;
    public static readonly Guid OwnerA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid OwnerB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    public static readonly Guid BoxA = Guid.Parse("b0000000-0000-0000-0000-00000000000a");
    public static readonly Guid BoxB = Guid.Parse("b0000000-0000-0000-0000-00000000000b");
    public static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // 1-based: EF Core treats Guid.Empty as "generate a key".
    public static Guid IdOf(int i) => Guid.Parse($"00000000-0000-0000-0000-{i + 1:D12}");

    public static string NameOf(int i) => $"Widget {i:D2}";

    public static IEnumerable<Box> Boxes() => [new Box { Id = BoxA, Label = "A" }, new Box { Id = BoxB, Label = "B" }];

    public static IEnumerable<Widget> Widgets() => Enumerable.Range(0, Count).Select(i => new Widget
    {
        Id = IdOf(i),
        Name = NameOf(i),
        Nickname = i % 3 == 0 ? null : $"nick-{(i % 2 == 0 ? "even" : "odd")}-{i}",
        Status = (WidgetStatus)(i % 3),
        PreviousStatus = i % 4 == 0 ? null : (WidgetStatus)((i + 1) % 3),
        Size = i == 29 ? 5_000_000_000L : i * 100L,
        OptionalSize = i % 2 == 0 ? i : null,
        Quantity = i % 7,
        Price = 1.10m + i,
        Rating = i / 10.0,
        CreatedAt = Epoch.AddHours(i),
        DeletedAt = i % 5 == 0 ? Epoch.AddDays(2).AddHours(i) : null,
        ReleasedOn = new DateOnly(2024, 1, 1).AddDays(i),
        Active = i % 2 == 0,
        OwnerId = i % 2 == 0 ? OwnerA : OwnerB,
        BoxId = i < 10 ? BoxA : i < 20 ? BoxB : null,
        MetadataJson = $$"""{"index":{{i}},"tags":["t{{i % 2}}"]}""",
        Homepage = i == 1 ? new Uri("https://example.com/widgets/1") : null,
    });
}
