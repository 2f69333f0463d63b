using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public sealed class WidgetFilterInputType : FilterInputType<Widget>
{
    public WidgetFilterInputType()
    {
        Name = "WidgetFilterInput";
        Description = "Filter for Widget lists (`where:`).";
        IdField("id", "Widget", x => x.Id);
        IdField("boxId", "Box", x => x.BoxId);
        StringField("name", x => x.Name);
        StringField("nickname", x => x.Nickname);
        StringField("boxLabel", x => x.Box!.Label);
        EnumField<WidgetStatusType, WidgetStatus>("status", x => x.Status);
        EnumField<WidgetStatusType, WidgetStatus>("previousStatus", x => x.PreviousStatus);
        LongField("size", x => x.Size);
        LongField("optionalSize", x => x.OptionalSize);
        IntField("quantity", x => x.Quantity);
        DecimalField("price", x => x.Price);
        FloatField("rating", x => x.Rating);
        DateTimeField("createdAt", x => x.CreatedAt);
        DateTimeField("deletedAt", x => x.DeletedAt);
        DateField("releasedOn", x => x.ReleasedOn);
        BooleanField("active", x => x.Active);
        UuidField("ownerId", x => x.OwnerId);
    }
}
