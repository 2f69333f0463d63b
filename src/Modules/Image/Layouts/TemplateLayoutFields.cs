using MediaCreator.Modules.Core.Assets;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Image.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Image.Layouts;

internal sealed class TemplateLayoutQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Connection<TemplateLayoutsConnectionType, TemplateLayout>("templateLayouts",
                c => c.RequestServices!.GetRequiredService<ImageDbContext>().TemplateLayouts.AsNoTracking(), x => x.Id)
            .Filter<TemplateLayoutFilterInputType>().Sort<TemplateLayoutSortInputType>()
            .Description("Design template layouts used by the Template Design Engine: the built-in catalogue and your own.");
}

internal sealed class TemplateLayoutMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<CreateTemplateLayoutPayloadType>>("createTemplateLayout")
            .Description("Adds a template layout of your own to the Template Design Engine catalogue.")
            .Argument<NonNullGraphType<CreateTemplateLayoutInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var services = c.RequestServices!;
                var owner = services.GetRequiredService<OwnerContext>().RequireOwner();
                var db = services.GetRequiredService<ImageDbContext>();
                var name = ((string)input["name"]!).Trim();
                if (name.Length is 0 or > 200)
                    return MutationPayload.Fail(new ValidationError("The name must have 1 to 200 characters.", "input.name", "INVALID_LENGTH"));
                var structure = JsonValues.Serialize(input["structure"]);
                if (structure is null || JsonDocument.Parse(structure).RootElement.ValueKind != JsonValueKind.Object)
                    return MutationPayload.Fail(new ValidationError("The structure must be a JSON object.", "input.structure", "INVALID_FORMAT"));
                Guid? preview = null;
                if (input.GetValueOrDefault("previewAssetId") is string previewId)
                {
                    if (await AssetReferences.FindIdAsync(services.GetRequiredService<CoreDbContext>(), previewId, c.CancellationToken) is not { } id)
                        return MutationPayload.Fail(NotFoundError.For("Asset", previewId));
                    preview = id;
                }
                if (await db.TemplateLayouts.FirstOrDefaultAsync(l => l.OwnerId == owner && l.Name == name, c.CancellationToken) is { } existing)
                    return MutationPayload.Fail(new ConflictError($"You already have a layout named '{name}'.", GlobalId.Encode("TemplateLayout", existing.Id)));
                var layout = new TemplateLayout
                {
                    OwnerId = owner, Name = name, Category = (TemplateCategory)input["category"]!, StructureJson = structure, PreviewAssetId = preview,
                };
                db.TemplateLayouts.Add(layout);
                await db.SaveChangesAsync(c.CancellationToken);
                return MutationPayload.Ok(layout);
            });
}

/// <summary>Resolves <c>node(id)</c> for an image module entity through the owner-filtered <see cref="ImageDbContext"/>.</summary>
internal sealed class ImageNodeResolver<TEntity>(string typeName) : INodeResolver where TEntity : class
{
    public string TypeName => typeName;

    public async Task<object?> ResolveAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        await services.GetRequiredService<ImageDbContext>().Set<TEntity>().AsNoTracking()
            .FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, ct);
}
