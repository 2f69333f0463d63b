using MediaCreator.Modules.Core.Assets;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Exporting;
using MediaCreator.Modules.Image.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Image.GraphQL;

/// <summary>
/// The image mutations of the contract. Each one checks its input and enqueues an image job (job row + queue message +
/// JOB_CREATED in one transaction) and returns the QUEUED job at once; the work happens in an <c>image</c> worker.
/// </summary>
internal sealed class ImageMutations : IMutationFields
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<GenerateImagePayloadType>>("generateImage")
            .Description("Generates an image from a prompt and/or reference (REST `POST /image/generate`, worker `image.generate`).")
            .Argument<NonNullGraphType<GenerateImageInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Argument(c), ImageTasks.Generate, Generate));
        root.Field<NonNullGraphType<BatchGenerateImagesPayloadType>>("batchGenerateImages")
            .Description("One prompt -> up to 50 seeded images in one job, rendered in parallel (REST `POST /image/batch`, worker `image.generate`).")
            .Argument<NonNullGraphType<BatchGenerateImagesInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Argument(c), ImageTasks.Generate, Batch));
        root.Field<NonNullGraphType<EditImagePayloadType>>("editImage")
            .Description("Edits an image: transforms, retouch, remove/insert object, background, overlays, AI edits (REST `POST /image/edit`, worker `image.edit`).")
            .Argument<NonNullGraphType<EditImageInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Argument(c), ImageTasks.Edit, Edit));
        root.Field<NonNullGraphType<UpscaleImagePayloadType>>("upscaleImage")
            .Description("Upscales an image x2 or x4 (REST `POST /image/upscale`, worker `image.edit`).")
            .Argument<NonNullGraphType<UpscaleImageInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Argument(c), ImageTasks.Edit, Upscale));
        root.Field<NonNullGraphType<ApplyImageTemplatePayloadType>>("applyImageTemplate")
            .Description("Renders a template (coloring book, pattern, origami, cards, sticker, quote...), one output set per data row (REST `POST /image/template/apply`, worker `image.template`).")
            .Argument<NonNullGraphType<ApplyImageTemplateInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Argument(c), ImageTasks.Template, Template));
    }

    private static Dictionary<string, object?> Argument(IResolveFieldContext c) => c.GetArgument<Dictionary<string, object?>>("input");

    internal static ImageJobInput Generate(Dictionary<string, object?> input, ImageJobInput job) => job with
    {
        Mode = "GENERATE", Prompt = input.GetValueOrDefault("prompt") as string, Width = Int(input, "width"), Height = Int(input, "height"),
    };

    internal static ImageJobInput Batch(Dictionary<string, object?> input, ImageJobInput job) => Generate(input, job) with
    {
        Mode = "BATCH", BatchCount = Int(input, "batchCount"),
    };

    internal static ImageJobInput Edit(Dictionary<string, object?> input, ImageJobInput job) => job with
    {
        Mode = "EDIT", Prompt = input.GetValueOrDefault("prompt") as string, EditOperation = input.GetValueOrDefault("operation") as string,
        Parameters = input.GetValueOrDefault("parameters") is { } p ? JsonSerializer.Deserialize<ImageEditParameters>(JsonValues.Serialize(p)!, Json) : null,
    };

    internal static ImageJobInput Upscale(Dictionary<string, object?> input, ImageJobInput job) => job with
    {
        Mode = "UPSCALE", UpscaleFactor = Int(input, "scale"),
    };

    internal static ImageJobInput Template(Dictionary<string, object?> input, ImageJobInput job) => job with
    {
        Mode = "TEMPLATE", Prompt = input.GetValueOrDefault("prompt") as string, Text = input.GetValueOrDefault("text") as string,
        Width = Int(input, "width"), Height = Int(input, "height"), PageCount = Int(input, "pageCount"),
        Options = JsonValues.Read(JsonValues.Serialize(input.GetValueOrDefault("options"))),
        Rows = Rows(input.GetValueOrDefault("rows")),
    };

    /// <summary>Checks <paramref name="input"/> (a mutation's input, or a createJob image spec mapped to one) and enqueues the job.</summary>
    internal static async Task<MutationPayload> EnqueueAsync(IResolveFieldContext c, Dictionary<string, object?> input, string task,
        Func<Dictionary<string, object?>, ImageJobInput, ImageJobInput> shape)
    {
        var db = c.RequestServices!.GetRequiredService<CoreDbContext>();
        var job = new ImageJobInput { Mode = "" };
        var ids = new Dictionary<string, Guid>();
        foreach (var field in new[] { "imageId", "referenceImageId", "maskImageId" })
        {
            if (input.GetValueOrDefault(field) is not string globalId) continue;
            if (await AssetReferences.FindIdAsync(db, globalId, c.CancellationToken) is not { } id)
                return MutationPayload.Fail(NotFoundError.For("Asset", globalId));
            ids[field] = id;
        }
        CharacterLockInput? character = null;
        if (input.GetValueOrDefault("characterLock") is Dictionary<string, object?> lockInput)
        {
            var references = new List<Guid>();
            foreach (var globalId in (lockInput.GetValueOrDefault("referenceImageIds") as IEnumerable<object?> ?? []).OfType<string>())
            {
                if (await AssetReferences.FindIdAsync(db, globalId, c.CancellationToken) is not { } id)
                    return MutationPayload.Fail(NotFoundError.For("Asset", globalId));
                references.Add(id);
            }
            character = new CharacterLockInput(lockInput.GetValueOrDefault("name") as string, references,
                Convert.ToDouble(lockInput.GetValueOrDefault("strength") ?? 0.8), lockInput.GetValueOrDefault("descriptor") as string);
            if (lockInput.GetValueOrDefault("characterId") is string characterId)
            {
                var characters = c.RequestServices!.GetRequiredService<Persistence.ImageDbContext>().Characters.AsNoTracking();
                if (!GlobalId.TryDecode(characterId, out var type, out var id) || type != "Character"
                    || await characters.FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken) is not { } stored)
                    return MutationPayload.Fail(NotFoundError.For("Character", characterId));
                character = character with
                {
                    Name = stored.Name, Descriptor = stored.Descriptor, LookJson = stored.LookJson, Seed = stored.Seed,
                    ReferenceImageIds = [.. stored.ReferenceImageIds, .. references],
                };
            }
        }
        ImageOutputInput? output = null;
        if (input.GetValueOrDefault("output") is Dictionary<string, object?> outputInput)
        {
            var formats = (outputInput.GetValueOrDefault("formats") as IEnumerable<object?> ?? []).Select(f => f!.ToString()!.ToUpperInvariant()).ToList();
            foreach (var format in formats)
            {
                try
                {
                    ExportFormats.Parse(format);
                }
                catch (ImageProviderException e)
                {
                    return MutationPayload.Fail(new ValidationError(e.Message, "input.output.formats", "UNSUPPORTED_FORMAT"));
                }
            }
            var dpi = Int(outputInput, "dpi");
            if (dpi is < 36 or > 1200)
                return MutationPayload.Fail(new ValidationError("dpi must be between 36 and 1200.", "input.output.dpi", "OUT_OF_RANGE"));
            output = new ImageOutputInput(formats, [.. (outputInput.GetValueOrDefault("aspectRatios") as IEnumerable<object?> ?? []).Select(a => (string)a!)],
                dpi, [.. (outputInput.GetValueOrDefault("printSizes") as IEnumerable<object?> ?? []).Select(p => (string)p!)]);
        }
        job = shape(input, job with
        {
            Style = input.GetValueOrDefault("style") as string, ImageId = Id(ids, "imageId"), ReferenceImageId = Id(ids, "referenceImageId"),
            MaskImageId = Id(ids, "maskImageId"), TemplateType = input.GetValueOrDefault("templateType") as string,
            Seed = input.GetValueOrDefault("seed") is { } seed ? Convert.ToInt64(seed) : null, CharacterLock = character, Output = output,
        });
        if (input.GetValueOrDefault("templateLayoutId") is string layoutId)
        {
            var layouts = c.RequestServices!.GetRequiredService<Persistence.ImageDbContext>().TemplateLayouts.AsNoTracking();
            if (!GlobalId.TryDecode(layoutId, out var type, out var id) || type != "TemplateLayout"
                || await layouts.FirstOrDefaultAsync(l => l.Id == id, c.CancellationToken) is not { } layout)
                return MutationPayload.Fail(NotFoundError.For("TemplateLayout", layoutId));
            if (!ImageContractNames.TryParse<ImageTemplateType>(ImageContractNames.Of(layout.Category), out var templateType))
            {
                // Poster, story, infographic and other layouts are designs: the design engine renders them at the
                // layout's size and style (structure: {"width", "height", "style"}), the request's values first.
                var structure = JsonNode.Parse(layout.StructureJson)!.AsObject();
                var (width, height) = layout.Category switch
                {
                    Layouts.TemplateCategory.Story => (1080, 1920),
                    Layouts.TemplateCategory.Poster => (1080, 1350),
                    _ => (1080, 1080),
                };
                job = job with
                {
                    Mode = "GENERATE", TemplateType = null, Options = null,
                    Prompt = job.Prompt ?? job.Text ?? layout.Name,
                    Style = job.Style ?? structure["style"]?.GetValue<string>(),
                    Width = job.Width ?? structure["width"]?.GetValue<int>() ?? width,
                    Height = job.Height ?? structure["height"]?.GetValue<int>() ?? height,
                };
            }
            else
            {
                if (job.TemplateType is { } given && given != ImageContractNames.Of(templateType))
                    return MutationPayload.Fail(new ValidationError("templateType and the layout's category differ.", "input.templateType", "CONFLICT"));
                // The layout's structure is the renderer's options; options given with the request override its keys.
                var options = JsonNode.Parse(layout.StructureJson)!.AsObject();
                if (job.Options is { ValueKind: JsonValueKind.Object } overrides)
                    foreach (var property in overrides.EnumerateObject()) options[property.Name] = JsonNode.Parse(property.Value.GetRawText());
                job = job with { TemplateType = ImageContractNames.Of(templateType), Options = JsonValues.Read(options.ToJsonString()) };
            }
        }
        if (task == ImageTasks.Template && job.TemplateType is null && job.Mode == "TEMPLATE")
            return MutationPayload.Fail(new ValidationError("Give templateType or templateLayoutId.", "input.templateType", "REQUIRED"));
        if (job.Mode == "BATCH" && job.TemplateType is not null)
            job = job with { Mode = "TEMPLATE", Rows = [.. Enumerable.Range(0, job.BatchCount ?? 1).Select(_ => new Dictionary<string, string>())] };
        var provider = input.GetValueOrDefault("provider") as string
            ?? c.RequestServices!.GetRequiredService<IOptions<ImageOptions>>().Value.DefaultProvider;
        var taskName = job.Mode switch { "TEMPLATE" => ImageTasks.Template, "GENERATE" or "BATCH" => ImageTasks.Generate, _ => task };
        var command = new EnqueueJobCommand((string)input["projectId"]!, ImageTasks.Module, taskName, provider,
            JsonSerializer.Serialize(job, Json), null, input.GetValueOrDefault("idempotencyKey") as Guid?, "input");
        return await c.RequestServices!.GetRequiredService<JobEnqueuer>().EnqueueAsync(command, c.CancellationToken);
    }

    private static Guid? Id(Dictionary<string, Guid> ids, string field) => ids.TryGetValue(field, out var id) ? id : null;

    private static int? Int(Dictionary<string, object?> input, string field) => input.GetValueOrDefault(field) is { } v ? Convert.ToInt32(v) : null;

    private static List<Dictionary<string, string>>? Rows(object? value)
    {
        if (value is string csv) return CsvRows.Parse(csv);
        if (value is JsonElement { ValueKind: JsonValueKind.String } text) return CsvRows.Parse(text.GetString()!);
        if (JsonValues.Serialize(value) is not { } json || JsonNode.Parse(json) is not JsonArray rows) return null;
        return [.. rows.OfType<JsonObject>().Select(row => row.ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString() ?? ""))];
    }
}
