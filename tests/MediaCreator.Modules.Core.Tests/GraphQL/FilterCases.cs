using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

/// <summary><c>where:</c> literals with the equivalent LINQ-to-objects predicate over the seed (C# null semantics).</summary>
public static class FilterCases
{
    private static readonly string Widget3 = GlobalId.Encode("Widget", WidgetSeed.IdOf(3));
    private static readonly string Widget4 = GlobalId.Encode("Widget", WidgetSeed.IdOf(4));
    private static readonly string BoxA = GlobalId.Encode("Box", WidgetSeed.BoxA);
    private static readonly DateTime Hour5 = WidgetSeed.Epoch.AddHours(5);

    private static readonly (string Where, Func<Widget, bool> Expected)[] Cases =
    [
        // String
        ("""{ name: { eq: "Widget 03" } }""", w => w.Name == "Widget 03"),
        ("""{ name: { neq: "Widget 03" } }""", w => w.Name != "Widget 03"),
        ("""{ name: { contains: "1" } }""", w => w.Name.Contains('1')),
        ("""{ name: { ncontains: "1" } }""", w => !w.Name.Contains('1')),
        ("""{ name: { in: ["Widget 01", "Widget 02", null] } }""", w => w.Name is "Widget 01" or "Widget 02"),
        ("""{ name: { nin: ["Widget 01", "Widget 02"] } }""", w => w.Name is not ("Widget 01" or "Widget 02")),
        ("""{ name: { startsWith: "Widget 1" } }""", w => w.Name.StartsWith("Widget 1", StringComparison.Ordinal)),
        ("""{ name: { nstartsWith: "Widget 1" } }""", w => !w.Name.StartsWith("Widget 1", StringComparison.Ordinal)),
        ("""{ name: { endsWith: "5" } }""", w => w.Name.EndsWith('5')),
        ("""{ name: { nendsWith: "5" } }""", w => !w.Name.EndsWith('5')),
        ("""{ name: { or: [{ startsWith: "Widget 0" }, { endsWith: "9" }] } }""", w => w.Name.StartsWith("Widget 0", StringComparison.Ordinal) || w.Name.EndsWith('9')),
        ("""{ name: { and: [{ contains: "2" }, { ncontains: "22" }], neq: "Widget 02" } }""", w => w.Name.Contains('2') && !w.Name.Contains("22") && w.Name != "Widget 02"),
        ("""{ nickname: { eq: null } }""", w => w.Nickname is null),
        ("""{ nickname: { neq: null } }""", w => w.Nickname is not null),
        ("""{ nickname: { contains: "odd" } }""", w => w.Nickname?.Contains("odd") == true),
        ("""{ nickname: { in: ["nick-odd-1", null] } }""", w => w.Nickname is null or "nick-odd-1"),
        ("""{ boxLabel: { eq: "A" } }""", w => w.BoxId == WidgetSeed.BoxA),
        // Enum
        ("{ status: { eq: ACTIVE } }", w => w.Status == WidgetStatus.Active),
        ("{ status: { neq: ACTIVE } }", w => w.Status != WidgetStatus.Active),
        ("{ status: { in: [DRAFT, RETIRED] } }", w => w.Status is WidgetStatus.Draft or WidgetStatus.Retired),
        ("{ status: { nin: [DRAFT] } }", w => w.Status != WidgetStatus.Draft),
        ("{ previousStatus: { eq: null } }", w => w.PreviousStatus is null),
        ("{ previousStatus: { in: [ACTIVE] } }", w => w.PreviousStatus == WidgetStatus.Active),
        ("{ previousStatus: { neq: ACTIVE } }", w => w.PreviousStatus != WidgetStatus.Active),
        // Long / Int
        ("{ size: { eq: 5000000000 } }", w => w.Size == 5_000_000_000L),
        ("{ size: { gt: 2500 } }", w => w.Size > 2500),
        ("{ size: { ngt: 2500 } }", w => !(w.Size > 2500)),
        ("{ size: { gte: 2500, lt: 2800 } }", w => w.Size is >= 2500 and < 2800),
        ("{ size: { in: [100, 300] } }", w => w.Size is 100 or 300),
        ("{ optionalSize: { eq: null } }", w => w.OptionalSize is null),
        ("{ optionalSize: { gt: 10 } }", w => w.OptionalSize > 10),
        ("{ optionalSize: { ngt: 10 } }", w => !(w.OptionalSize > 10)),
        ("{ optionalSize: { nin: [2, 4] } }", w => w.OptionalSize is not (2 or 4)),
        ("{ quantity: { lt: 3 } }", w => w.Quantity < 3),
        ("{ quantity: { nlt: 3 } }", w => !(w.Quantity < 3)),
        ("{ quantity: { lte: 3 } }", w => w.Quantity <= 3),
        ("{ quantity: { nlte: 3 } }", w => !(w.Quantity <= 3)),
        ("{ quantity: { ngte: 5 } }", w => !(w.Quantity >= 5)),
        // Decimal / Float
        ("{ price: { eq: 5.10 } }", w => w.Price == 5.10m),
        ("{ price: { gt: 10.5 } }", w => w.Price > 10.5m),
        ("{ price: { lte: 3.1 } }", w => w.Price <= 3.1m),
        ("{ price: { in: [1.1, 2.10] } }", w => w.Price is 1.10m or 2.10m),
        ("{ rating: { gte: 1.5 } }", w => w.Rating >= 1.5),
        ("{ rating: { lt: 0.3 } }", w => w.Rating < 0.3),
        // DateTime / Date
        ("""{ createdAt: { eq: "2024-01-01T05:00:00Z" } }""", w => w.CreatedAt == Hour5),
        ("""{ createdAt: { gt: "2024-01-01T05:00:00Z" } }""", w => w.CreatedAt > Hour5),
        ("""{ createdAt: { lte: "2024-01-01T07:00:00+02:00" } }""", w => w.CreatedAt <= Hour5),
        ("""{ createdAt: { in: ["2024-01-01T01:00:00Z", "2024-01-01T02:00:00.000Z"] } }""", w => w.CreatedAt == WidgetSeed.Epoch.AddHours(1) || w.CreatedAt == WidgetSeed.Epoch.AddHours(2)),
        ("{ deletedAt: { eq: null } }", w => w.DeletedAt is null),
        ("""{ deletedAt: { gte: "2024-01-03T10:00:00Z" } }""", w => w.DeletedAt >= WidgetSeed.Epoch.AddDays(2).AddHours(10)),
        ("""{ releasedOn: { gte: "2024-01-20" } }""", w => w.ReleasedOn >= new DateOnly(2024, 1, 20)),
        ("""{ releasedOn: { in: ["2024-01-02"] } }""", w => w.ReleasedOn == new DateOnly(2024, 1, 2)),
        ("""{ releasedOn: { ngt: "2024-01-03" } }""", w => w.ReleasedOn <= new DateOnly(2024, 1, 3)),
        // Boolean / UUID / ID
        ("{ active: { eq: true } }", w => w.Active),
        ("{ active: { neq: true } }", w => !w.Active),
        ("""{ ownerId: { eq: "aaaaaaaa-0000-0000-0000-000000000001" } }""", w => w.OwnerId == WidgetSeed.OwnerA),
        ("""{ ownerId: { nin: ["aaaaaaaa-0000-0000-0000-000000000001"] } }""", w => w.OwnerId != WidgetSeed.OwnerA),
        ($$"""{ id: { eq: "{{Widget3}}" } }""", w => w.Id == WidgetSeed.IdOf(3)),
        ($$"""{ id: { in: ["{{Widget3}}", "{{Widget4}}"] } }""", w => w.Id == WidgetSeed.IdOf(3) || w.Id == WidgetSeed.IdOf(4)),
        ($$"""{ id: { nin: ["{{Widget3}}"] } }""", w => w.Id != WidgetSeed.IdOf(3)),
        ($$"""{ boxId: { eq: "{{BoxA}}" } }""", w => w.BoxId == WidgetSeed.BoxA),
        ("{ boxId: { eq: null } }", w => w.BoxId is null),
        // Combinators
        ("{ status: { eq: ACTIVE }, active: { eq: true } }", w => w.Status == WidgetStatus.Active && w.Active),
        ("{ or: [{ status: { eq: ACTIVE } }, { size: { gt: 2500 } }] }", w => w.Status == WidgetStatus.Active || w.Size > 2500),
        ("{ and: [{ quantity: { gt: 1 } }, { quantity: { lt: 4 } }] }", w => w.Quantity is > 1 and < 4),
        ("{ or: [{ and: [{ active: { eq: true } }, { status: { eq: DRAFT } }] }, { name: { eq: \"Widget 01\" } }], quantity: { neq: 0 } }",
            w => ((w.Active && w.Status == WidgetStatus.Draft) || w.Name == "Widget 01") && w.Quantity != 0),
        ("{ or: [] }", _ => true),
        ("{ name: null }", _ => true),
    ];

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var db in Databases.All())
            foreach (var (where, _) in Cases)
                data.Add(db, where);
        return data;
    }

    public static string[] ExpectedNames(string where) => WidgetSeed.Widgets()
        .Where(Cases.Single(c => c.Where == where).Expected)
        .Select(w => w.Name)
        .Order(StringComparer.Ordinal)
        .ToArray();
}
