using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Image.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Image.GraphQL;

/// <summary>An image job's stored input with the job's provider.</summary>
internal sealed record ImageJobParameters(ImageJobInput Input, string? Provider);

/// <summary>Reads <c>ImageJobParameters</c> from the input payload of <c>image.*</c> jobs.</summary>
internal sealed class ImageJobParametersView : IJobParametersView
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Type GraphType => typeof(ImageJobParametersType);

    public object? Read(Job job)
    {
        if (!job.TaskName.StartsWith(ImageTasks.Module + ".", StringComparison.Ordinal)) return null;
        try
        {
            return JsonSerializer.Deserialize<ImageJobInput>(job.InputPayloadJson, Json) is { } input ? new ImageJobParameters(input, job.Provider) : null;
        }
        catch (JsonException)
        {
            return null; // a payload written by createJob's generic path that does not fit: shown as generic parameters
        }
    }
}

internal sealed class ImageJobParametersType : ObjectGraphType<ImageJobParameters>
{
    public ImageJobParametersType()
    {
        Name = "ImageJobParameters";
        Description = "Stored `ImageJobInput` of an image job.";
        IsTypeOf = o => o is ImageJobParameters;
        Field<NonNullGraphType<ImageJobModeType>>("mode").Resolve(c => c.Source.Input.Mode);
        Field<StringGraphType>("prompt").Resolve(c => c.Source.Input.Prompt);
        Field<StringGraphType>("style").Resolve(c => c.Source.Input.Style);
        Field<StringGraphType>("text").Resolve(c => c.Source.Input.Text);
        Field("image", new GraphQLTypeReference("Asset")).Description("The image an EDIT or UPSCALE works on.")
            .ResolveAsync(c => AssetAsync(c, c.Source.Input.ImageId));
        Field("referenceImage", new GraphQLTypeReference("Asset")).ResolveAsync(c => AssetAsync(c, c.Source.Input.ReferenceImageId));
        Field("maskImage", new GraphQLTypeReference("Asset")).ResolveAsync(c => AssetAsync(c, c.Source.Input.MaskImageId));
        Field<IntGraphType>("width").Resolve(c => c.Source.Input.Width);
        Field<IntGraphType>("height").Resolve(c => c.Source.Input.Height);
        Field<StringGraphType>("provider").Resolve(c => c.Source.Provider);
        Field<IntGraphType>("batchCount").Resolve(c => c.Source.Input.BatchCount);
        Field<ImageTemplateTypeType>("templateType").Resolve(c => c.Source.Input.TemplateType);
        Field<ImageEditOperationType>("editOperation").Resolve(c => c.Source.Input.EditOperation);
        Field<IntGraphType>("upscaleFactor").Resolve(c => c.Source.Input.UpscaleFactor);
        Field<LongGraphType>("seed").Resolve(c => c.Source.Input.Seed);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("formats").Description("Requested export formats.")
            .Resolve(c => c.Source.Input.Output?.Formats ?? ["PNG"]);
        Field<ListGraphType<NonNullGraphType<AspectRatioType>>>("aspectRatios").Resolve(c => c.Source.Input.Output?.AspectRatios ?? []);
        Field<StringGraphType>("characterName").Description("Name of the locked character, if any.").Resolve(c => c.Source.Input.CharacterLock?.Name);
    }

    private static async Task<object?> AssetAsync(IResolveFieldContext c, Guid? id) =>
        id is { } assetId
            ? await c.RequestServices!.GetRequiredService<CoreDbContext>().Assets.FirstOrDefaultAsync(a => a.Id == assetId, c.CancellationToken)
            : null;
}
