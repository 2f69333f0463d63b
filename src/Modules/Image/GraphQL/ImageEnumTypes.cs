using GraphQL.Types;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Exporting;
using MediaCreator.Modules.Image.Jobs;

namespace MediaCreator.Modules.Image.GraphQL;

/// <summary>An enum whose GraphQL names are the contract's (REMOVE_OBJECT...) and whose values are those names.</summary>
internal abstract class ContractEnumType<T> : EnumerationGraphType where T : struct, Enum
{
    protected ContractEnumType(string name, string description)
    {
        Name = name;
        Description = description;
        foreach (var value in Enum.GetValues<T>()) Add(ImageContractNames.Of(value), ImageContractNames.Of(value));
    }
}

internal sealed class ImageEditOperationType() : ContractEnumType<ImageEditOperation>("ImageEditOperation",
    "Edit operations: the AI edits of the spec plus transforms (CROP, RESIZE, ROTATE, FLIP) and overlays (TEXT_OVERLAY, STICKER_OVERLAY).");

internal sealed class ImageTemplateTypeType() : ContractEnumType<ImageTemplateType>("ImageTemplateType", "Spec ImageJobInput.template_type.");

internal sealed class PrintSizeType() : ContractEnumType<PrintSize>("PrintSize",
    "Print sizes of the Export Engine: A4, A5, LETTER, PHOTO4X6, PHOTO5X7, POKER_CARD (2.5x3.5 in), SQUARE8X8 (8x8 in).");

internal sealed class FlipAxisType() : ContractEnumType<FlipAxis>("FlipAxis", "Axis of a FLIP edit.");

/// <summary>Aspect ratio presets, <c>RATIO_W_H</c>.</summary>
internal sealed class AspectRatioType : EnumerationGraphType
{
    public AspectRatioType()
    {
        Name = "AspectRatio";
        Description = "Aspect ratio, RATIO_<W>_<H>.";
        foreach (var preset in Enum.GetValues<AspectPreset>())
        {
            var label = preset.Label();
            Add("RATIO_" + label.Replace(':', '_'), label);
        }
    }
}
