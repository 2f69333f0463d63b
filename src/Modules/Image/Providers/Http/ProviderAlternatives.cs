using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>Which providers perform an edit operation, for <see cref="ImageProviderErrorCodes.Unsupported"/> errors.</summary>
internal static class ProviderAlternatives
{
    private static readonly string[] AiEditors = ["openai-images", "flux", "sd-webui"];

    public static string[] For(ImageEditOperation operation, string except) => operation switch
    {
        ImageEditOperation.Inpaint or ImageEditOperation.RemoveObject or ImageEditOperation.InsertObject
            or ImageEditOperation.ReplaceBackground => AiEditors.Where(p => p != except).ToArray(),
        ImageEditOperation.FaceSwap => [],
        _ => ["skia"],
    };
}
