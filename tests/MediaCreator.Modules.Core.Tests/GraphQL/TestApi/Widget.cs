namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public enum WidgetStatus
{
    Draft,
    Active,
    Retired,
}

/// <summary>Test entity covering every filterable kind, with nullable twins.</summary>
public sealed class Widget
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? Nickname { get; set; }
    public WidgetStatus Status { get; set; }
    public WidgetStatus? PreviousStatus { get; set; }
    public long Size { get; set; }
    public long? OptionalSize { get; set; }
    public int Quantity { get; set; }
    public decimal Price { get; set; }
    public double Rating { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public DateOnly ReleasedOn { get; set; }
    public bool Active { get; set; }
    public Guid OwnerId { get; set; }
    public Guid? BoxId { get; set; }
    public Box? Box { get; set; }
    public string MetadataJson { get; set; } = "{}";
    public Uri? Homepage { get; set; }
}

public sealed class Box
{
    public Guid Id { get; set; }
    public string Label { get; set; } = "";
    public List<Widget> Widgets { get; set; } = [];
}
