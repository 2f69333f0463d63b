using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Image.Jobs;

namespace MediaCreator.Modules.Image.GraphQL;

internal sealed class ImageJobModeType : EnumerationGraphType
{
    public ImageJobModeType()
    {
        Name = "ImageJobMode";
        Description = "Spec ImageJobInput.mode.";
        foreach (var mode in new[] { "GENERATE", "EDIT", "TEMPLATE", "BATCH", "UPSCALE" }) Add(mode, mode);
    }
}

/// <summary>The contract's <c>ImageJobInput</c>: the spec's image job payload, for <c>createJob(spec: { image })</c>.</summary>
internal sealed class ImageJobInputType : InputObjectGraphType
{
    public ImageJobInputType()
    {
        Name = "ImageJobInput";
        Description = "Spec `ImageJobInput` (stored in Job.input_payload). Fields used depend on `mode`; EDIT and UPSCALE act on `referenceImageId`.";
        Field<NonNullGraphType<ImageJobModeType>>("mode");
        Field<StringGraphType>("prompt");
        Field<StringGraphType>("style");
        Field<IdGraphType>("referenceImageId");
        Field<IdGraphType>("maskImageId");
        Field<IntGraphType>("width");
        Field<IntGraphType>("height");
        Field<StringGraphType>("provider").Description("Provider key, e.g. \"skia\", \"openai-images\", \"flux\".");
        Field<IntGraphType>("batchCount").Description("BATCH mode, 1..50.");
        Field<ImageTemplateTypeType>("templateType");
        Field<IdGraphType>("templateLayoutId");
        Field<ImageEditOperationType>("editOperation");
        Field<ImageEditParametersInputType>("editParameters");
        Field<IntGraphType>("upscaleFactor").Description("UPSCALE mode: 2 or 4.");
        Field<CharacterLockInputType>("characterLock");
        Field<ImageOutputInputType>("output");
        Field<LongGraphType>("seed");
    }
}

/// <summary><c>createJob(input: { spec: { image: … } })</c>: the same checks and job as the image mutations.</summary>
internal sealed class ImageJobSpecMember : IJobSpecMember
{
    public string Name => "image";

    public Type InputType => typeof(ImageJobInputType);

    public string Description => "An image job (workers image.generate, image.edit, image.template).";

    public JobSpecTarget Target(JsonObject spec)
    {
        var mode = (string?)spec["mode"] ?? "GENERATE";
        var task = mode switch { "EDIT" or "UPSCALE" => ImageTasks.Edit, "TEMPLATE" => ImageTasks.Template, _ => ImageTasks.Generate };
        var count = mode == "BATCH" ? spec["batchCount"]?.GetValue<int>() ?? 1 : 1;
        return new JobSpecTarget(task, (string?)spec["provider"], mode is "EDIT" or "UPSCALE" ? ["referenceImageId"] : [], count);
    }

    public Task<MutationPayload> EnqueueAsync(IResolveFieldContext context, Dictionary<string, object?> input, Dictionary<string, object?> spec)
    {
        // Map the spec onto the matching mutation's input shape.
        var mapped = new Dictionary<string, object?>(spec)
        {
            ["projectId"] = input["projectId"], ["idempotencyKey"] = input.GetValueOrDefault("idempotencyKey"),
        };
        var mode = (string)spec["mode"]!;
        if (mode is "EDIT" or "UPSCALE")
        {
            mapped["imageId"] = spec.GetValueOrDefault("referenceImageId");
            mapped.Remove("referenceImageId");
            mapped["operation"] = spec.GetValueOrDefault("editOperation");
            mapped["parameters"] = spec.GetValueOrDefault("editParameters");
            mapped["scale"] = spec.GetValueOrDefault("upscaleFactor") ?? 2;
            if (mapped["imageId"] is null)
                return Task.FromResult(MutationPayload.Fail(new ValidationError($"{mode} needs referenceImageId (the image to work on).", "input.spec.image.referenceImageId", "REQUIRED")));
            if (mode == "EDIT" && mapped["operation"] is null)
                return Task.FromResult(MutationPayload.Fail(new ValidationError("EDIT needs editOperation.", "input.spec.image.editOperation", "REQUIRED")));
        }
        return mode switch
        {
            "GENERATE" => ImageMutations.EnqueueAsync(context, mapped, ImageTasks.Generate, ImageMutations.Generate),
            "BATCH" => ImageMutations.EnqueueAsync(context, mapped, ImageTasks.Generate, ImageMutations.Batch),
            "EDIT" => ImageMutations.EnqueueAsync(context, mapped, ImageTasks.Edit, ImageMutations.Edit),
            "UPSCALE" => ImageMutations.EnqueueAsync(context, mapped, ImageTasks.Edit, ImageMutations.Upscale),
            _ => ImageMutations.EnqueueAsync(context, mapped, ImageTasks.Template, ImageMutations.Template),
        };
    }
}
