using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>The region an AI edit acts on, at the size the provider gets the image.</summary>
internal static class EditRegions
{
    /// <summary>The request's mask; for INSERT_OBJECT without one, the placement square; otherwise INVALID_INPUT.</summary>
    public static bool[] Resolve(ImageEditRequest request, int width, int height, string provider)
    {
        if (request.Mask is { } mask)
            return ProviderMasks.EditRegion(mask, width, height);
        if (request.Operation == ImageEditOperation.InsertObject)
            return ProviderMasks.FromPlacement(request.Parameters.Placement ?? new Placement(), width, height);
        throw ProviderFailures.InvalidInput(provider, $"{request.Operation} needs a mask (white = the region to edit).");
    }
}
