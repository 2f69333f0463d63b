using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Image.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Image.Layouts;

internal sealed class TemplateCategoryType : EnumerationGraphType
{
    public TemplateCategoryType()
    {
        Name = "TemplateCategory";
        Description = "Template layout category (`template_layouts.category`).";
        foreach (var value in Enum.GetValues<TemplateCategory>()) Add(ImageContractNames.Of(value), value);
    }
}

internal sealed class TemplateLayoutType : ObjectGraphType<TemplateLayout>
{
    public TemplateLayoutType()
    {
        Name = "TemplateLayout";
        Description = "A design layout for the Template Design Engine (table `template_layouts`); built-in ones are shared, yours are yours.";
        this.ImplementsNode("TemplateLayout", x => x.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<TemplateCategoryType>>("category").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<JsonScalarType>>("structure").Description("`structure_json` (layout tree; shape owned by the template engine).")
            .Resolve(c => JsonValues.Read(c.Source.StructureJson));
        Field("previewAsset", new GraphQLTypeReference("Asset"))
            .ResolveAsync(async c => c.Source.PreviewAssetId is { } id
                ? await c.RequestServices!.GetRequiredService<CoreDbContext>().Assets.FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken)
                : null);
        Field<NonNullGraphType<BooleanGraphType>>("builtIn").Description("Part of the shared catalogue (not created by a user).")
            .Resolve(c => c.Source.OwnerId is null);
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

internal sealed class TemplateLayoutsConnectionType() : ConnectionGraphType<TemplateLayoutType>("TemplateLayouts", "template layouts");

internal sealed class TemplateLayoutFilterInputType : FilterInputType<TemplateLayout>
{
    public TemplateLayoutFilterInputType()
    {
        Name = "TemplateLayoutFilterInput";
        Description = "Filter for TemplateLayout lists (`where:`).";
        IdField("id", "TemplateLayout", x => x.Id);
        StringField("name", x => x.Name);
        EnumField<TemplateCategoryType, TemplateCategory>("category", x => x.Category);
        DateTimeField("createdAt", x => x.CreatedAt);
    }
}

internal sealed class TemplateLayoutSortInputType : SortInputType<TemplateLayout>
{
    public TemplateLayoutSortInputType()
    {
        Name = "TemplateLayoutSortInput";
        Description = "Sort fields for TemplateLayout lists (`order:`).";
        SortField("name", x => x.Name);
        SortField("category", x => x.Category);
        SortField("createdAt", x => x.CreatedAt);
        DefaultOrder(x => x.Name, SortDirection.Ascending);
    }
}

internal sealed class CreateTemplateLayoutInputType : InputObjectGraphType
{
    public CreateTemplateLayoutInputType()
    {
        Name = "CreateTemplateLayoutInput";
        Description = "Input of `createTemplateLayout`.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<TemplateCategoryType>>("category");
        Field<NonNullGraphType<JsonScalarType>>("structure");
        Field<IdGraphType>("previewAssetId");
    }
}

internal sealed class CreateTemplateLayoutErrorType() : ErrorUnionType("createTemplateLayout",
    typeof(ValidationErrorType), typeof(ConflictErrorType), typeof(NotFoundErrorType));

internal sealed class CreateTemplateLayoutPayloadType()
    : PayloadGraphType<TemplateLayoutType, CreateTemplateLayoutErrorType>("createTemplateLayout", "templateLayout");
