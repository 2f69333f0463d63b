using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Image.Skia;

namespace MediaCreator.Modules.Image.Jobs;

/// <summary>The image module's worker tasks and the providers (with cost profiles) each can run with.</summary>
internal static class ImageTasks
{
    public const string Module = "image";
    public const string Generate = "image.generate";
    public const string Edit = "image.edit";
    public const string Template = "image.template";

    private const string Schema = """
        {"type":"object","required":["mode"],"properties":{
          "mode":{"enum":["GENERATE","BATCH","EDIT","UPSCALE","TEMPLATE"]},
          "prompt":{"type":"string","maxLength":4000},"style":{"type":"string","maxLength":200},"text":{"type":"string","maxLength":4000},
          "width":{"type":"integer","minimum":16,"maximum":8192},"height":{"type":"integer","minimum":16,"maximum":8192},
          "batchCount":{"type":"integer","minimum":1,"maximum":50},"upscaleFactor":{"enum":[2,4]},
          "pageCount":{"type":"integer","minimum":1,"maximum":100},"seed":{"type":"integer"}}}
        """;

    private static CostProfile PerOutput(decimal unitCost) => new() { Currency = "USD", Unit = CostUnit.PerOutput, UnitCost = unitCost };

    /// <summary>External providers: published per-image list prices (self-hosted Stable Diffusion costs nothing per image).</summary>
    private static readonly IReadOnlyList<JobTaskProvider> External =
    [
        new("openai-images", "OpenAI-compatible Images API", PerOutput(0.04m), BuiltIn: false),
        new("flux", "Black Forest Labs Flux", PerOutput(0.04m), BuiltIn: false),
        new("sd-webui", "Stable Diffusion WebUI", PerOutput(0m), BuiltIn: false),
    ];

    public static readonly JobTaskDefinition GenerateTask = new(Generate, Module, JobQueues.Image, JobKind.ImageGenerate,
        "Generates images from a prompt (GENERATE) or up to 50 seeded variants in one job (BATCH).",
        SkiaImageProvider.ProviderKey, PerOutput(0m), Schema, External);

    public static readonly JobTaskDefinition EditTask = new(Edit, Module, JobQueues.Image, JobKind.ImageEdit,
        "Edits an image (crop, resize, rotate, flip, retouch, remove/insert object, background, overlays) or upscales it (UPSCALE).",
        SkiaImageProvider.ProviderKey, PerOutput(0m), Schema, External);

    public static readonly JobTaskDefinition TemplateTask = new(Template, Module, JobQueues.Image, JobKind.ImageTemplate,
        "Renders a template (coloring book, pattern, origami, cards, board game, stickers, emoji, quotes), one per data row in a bulk fill.",
        SkiaImageProvider.ProviderKey, PerOutput(0m), Schema);
}
