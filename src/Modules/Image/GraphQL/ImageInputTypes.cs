using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Image.GraphQL;

internal sealed class CharacterLockInputType : InputObjectGraphType
{
    public CharacterLockInputType()
    {
        Name = "CharacterLockInput";
        Description = "Character lock: keeps the same character consistent across images.";
        Field<StringGraphType>("name").Description("The character's name; the same name (and descriptor) draws the same character.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("referenceImageIds");
        Field<FloatGraphType>("strength").DefaultValue(0.8);
        Field<StringGraphType>("descriptor").Description("Look words (e.g. \"pink bunny with glasses\").");
        Field<IdGraphType>("characterId").Description("A stored character (createCharacter): its look, seed and reference images are used.");
    }
}

internal sealed class ImageOutputInputType : InputObjectGraphType
{
    public ImageOutputInputType()
    {
        Name = "ImageOutputInput";
        Description = "Export Engine options.";
        Field("formats", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ImageFormat"))));
        Field<ListGraphType<NonNullGraphType<AspectRatioType>>>("aspectRatios");
        Field<ListGraphType<NonNullGraphType<PrintSizeType>>>("printSizes").Description("Print-ready sizes, rendered at `dpi`.");
        Field<IntGraphType>("dpi").Description("Print resolution (default 300).");
    }
}

internal sealed class PixelRectInputType : InputObjectGraphType
{
    public PixelRectInputType()
    {
        Name = "PixelRectInput";
        Field<NonNullGraphType<IntGraphType>>("x");
        Field<NonNullGraphType<IntGraphType>>("y");
        Field<NonNullGraphType<IntGraphType>>("width");
        Field<NonNullGraphType<IntGraphType>>("height");
    }
}

internal sealed class PlacementInputType : InputObjectGraphType
{
    public PlacementInputType()
    {
        Name = "PlacementInput";
        Description = "Where an inserted object, sticker or text goes: centre as fractions of the canvas, width as a fraction of its width.";
        Field<FloatGraphType>("x").DefaultValue(0.5);
        Field<FloatGraphType>("y").DefaultValue(0.5);
        Field<FloatGraphType>("scale").DefaultValue(0.3);
        Field<FloatGraphType>("rotation").DefaultValue(0.0);
        Field<BooleanGraphType>("shadow").DefaultValue(false);
    }
}

internal sealed class RetouchInputType : InputObjectGraphType
{
    public RetouchInputType()
    {
        Name = "RetouchInput";
        Field<BooleanGraphType>("autoLevels").DefaultValue(true);
        Field<BooleanGraphType>("whiteBalance").DefaultValue(true);
        Field<FloatGraphType>("denoise").DefaultValue(0.0).Description("0..1");
        Field<FloatGraphType>("sharpen").DefaultValue(0.3).Description("0..1");
        Field<FloatGraphType>("skinSmoothing").DefaultValue(0.0).Description("0..1");
    }
}

internal sealed class TextOverlayInputType : InputObjectGraphType
{
    public TextOverlayInputType()
    {
        Name = "TextOverlayInput";
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<FloatGraphType>("fontSize").Description("Pixels; null = auto-fit.");
        Field<StringGraphType>("color").DefaultValue("#FFFFFF");
        Field<StringGraphType>("strokeColor").DefaultValue("#000000");
    }
}

internal sealed class ImageEditParametersInputType : InputObjectGraphType
{
    public ImageEditParametersInputType()
    {
        Name = "ImageEditParametersInput";
        Description = "Parameters of an edit; each operation reads the members it needs.";
        Field<PixelRectInputType>("crop").Description("CROP: the rectangle to keep.");
        Field<IntGraphType>("width").Description("RESIZE: target width (height keeps the aspect when omitted).");
        Field<IntGraphType>("height").Description("RESIZE: target height.");
        Field<FloatGraphType>("angle").Description("ROTATE: degrees clockwise.");
        Field<FlipAxisType>("flip").Description("FLIP.");
        Field<RetouchInputType>("retouch").Description("RETOUCH steps.");
        Field<PlacementInputType>("placement").Description("INSERT_OBJECT, STICKER_OVERLAY, TEXT_OVERLAY.");
        Field<StringGraphType>("chromaKey").Description("REPLACE_BACKGROUND / REMOVE_BACKGROUND without a mask: key colour, e.g. #00FF00.");
        Field<FloatGraphType>("chromaTolerance");
        Field<StringGraphType>("backgroundColor").Description("REPLACE_BACKGROUND without a reference image.");
        Field<TextOverlayInputType>("text").Description("TEXT_OVERLAY.");
        Field<StringGraphType>("sticker").Description("STICKER_OVERLAY without a reference: heart, star, sparkle, speech-bubble, crown.");
    }
}

internal sealed class GenerateImageInputType : InputObjectGraphType
{
    public GenerateImageInputType()
    {
        Name = "GenerateImageInput";
        Description = "Input of `generateImage`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<StringGraphType>>("prompt");
        Field<StringGraphType>("style");
        Field<IdGraphType>("referenceImageId");
        Field<IntGraphType>("width").DefaultValue(1024);
        Field<IntGraphType>("height").DefaultValue(1024);
        Field<StringGraphType>("provider");
        Field<CharacterLockInputType>("characterLock");
        Field<ImageOutputInputType>("output");
        Field<LongGraphType>("seed").Description("Same input and seed = same image (derived from the input when omitted).");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class BatchGenerateImagesInputType : InputObjectGraphType
{
    public BatchGenerateImagesInputType()
    {
        Name = "BatchGenerateImagesInput";
        Description = "Input of `batchGenerateImages`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<StringGraphType>>("prompt");
        Field<NonNullGraphType<IntGraphType>>("batchCount").Description("1..50 seeded variants.");
        Field<StringGraphType>("style");
        Field<IdGraphType>("referenceImageId");
        Field<IntGraphType>("width").DefaultValue(1024);
        Field<IntGraphType>("height").DefaultValue(1024);
        Field<ImageTemplateTypeType>("templateType").Description("Variants of a template instead of designs.");
        Field<CharacterLockInputType>("characterLock");
        Field<StringGraphType>("provider");
        Field<ImageOutputInputType>("output");
        Field<LongGraphType>("seed").Description("Seed of the first variant; variant i uses seed + i.");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class EditImageInputType : InputObjectGraphType
{
    public EditImageInputType()
    {
        Name = "EditImageInput";
        Description = "Input of `editImage`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("imageId");
        Field<NonNullGraphType<ImageEditOperationType>>("operation");
        Field<StringGraphType>("prompt");
        Field<IdGraphType>("maskImageId").Description("White (or opaque) = the region to act on; for background operations, the subject to keep.");
        Field<IdGraphType>("referenceImageId").Description("Object/face/background source for INSERT_OBJECT, FACE_SWAP, REPLACE_BACKGROUND, STICKER_OVERLAY.");
        Field<ImageEditParametersInputType>("parameters");
        Field<StringGraphType>("provider");
        Field<ImageOutputInputType>("output");
        Field<LongGraphType>("seed");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class ApplyImageTemplateInputType : InputObjectGraphType
{
    public ApplyImageTemplateInputType()
    {
        Name = "ApplyImageTemplateInput";
        Description = "Input of `applyImageTemplate`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<ImageTemplateTypeType>("templateType").Description("Either templateType or templateLayoutId.");
        Field<IdGraphType>("templateLayoutId");
        Field<StringGraphType>("prompt");
        Field<StringGraphType>("text").Description("Quote/caption text.");
        Field<StringGraphType>("style");
        Field<IdGraphType>("referenceImageId");
        Field<IntGraphType>("width");
        Field<IntGraphType>("height");
        Field<IntGraphType>("pageCount").Description("Pages for coloring books / card sheets.");
        Field<CharacterLockInputType>("characterLock");
        Field<StringGraphType>("provider");
        Field<ImageOutputInputType>("output");
        Field<JsonScalarType>("options").Description("Template options (card definitions, board spec, origami model, sticker count...).");
        Field<JsonScalarType>("rows").Description("Bulk fill, one output set per row: a JSON array of objects (e.g. [{\"quote\": \"...\", \"author\": \"...\"}]) or a CSV string whose first line names the columns.");
        Field<LongGraphType>("seed");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class UpscaleImageInputType : InputObjectGraphType
{
    public UpscaleImageInputType()
    {
        Name = "UpscaleImageInput";
        Description = "Input of `upscaleImage`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("imageId");
        Field<NonNullGraphType<IntGraphType>>("scale").DefaultValue(2).Description("2 or 4.");
        Field<StringGraphType>("provider");
        Field<ImageOutputInputType>("output");
        Field<UuidScalarType>("idempotencyKey");
    }
}
