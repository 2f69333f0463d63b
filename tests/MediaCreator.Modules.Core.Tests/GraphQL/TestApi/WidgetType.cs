using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public sealed class WidgetType : ObjectGraphType<Widget>
{
    public WidgetType()
    {
        Name = "Widget";
        this.ImplementsNode("Widget", x => x.Id);
        Field(x => x.Name);
        Field(x => x.Nickname, nullable: true);
        Field<NonNullGraphType<WidgetStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.Size);
        Field(x => x.Quantity);
        Field(x => x.Price);
        Field(x => x.Rating);
        Field(x => x.CreatedAt);
        Field(x => x.DeletedAt, nullable: true);
        Field(x => x.ReleasedOn);
        Field(x => x.Active);
        Field(x => x.OwnerId);
        Field(x => x.Homepage, nullable: true);
        this.GlobalIdField("boxId", "Box", x => x.BoxId);
        Field<JsonScalarType>("metadata").Resolve(ctx => JsonScalarType.FromText(ctx.Source.MetadataJson));
    }
}

public sealed class WidgetsConnectionType() : ConnectionGraphType<WidgetType>("Widgets");

public sealed class BoxType : ObjectGraphType<Box>
{
    public BoxType()
    {
        Name = "Box";
        this.ImplementsNode("Box", x => x.Id);
        Field(x => x.Label);
        this.Connection<WidgetsConnectionType, Widget>(
                "widgets",
                ctx => ctx.Db().Widgets.Where(w => w.BoxId == ((Box)ctx.Source!).Id),
                x => x.Id)
            .Filter<WidgetFilterInputType>()
            .Sort<WidgetSortInputType>();
    }
}
